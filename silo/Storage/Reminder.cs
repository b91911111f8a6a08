namespace HeresHealthy.Silo.Storage;

/// <summary>A durable reminder of a grain: fires at <paramref name="DueAt"/>, then every <paramref name="Period"/> if set.</summary>
public sealed record Reminder(GrainId Grain, string Name, DateTimeOffset DueAt, TimeSpan? Period);
