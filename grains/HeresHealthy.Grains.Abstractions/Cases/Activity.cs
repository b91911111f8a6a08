namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>Something the Lotsin did with or for the family (Begleitung). Note is internal and never shown to the practice.</summary>
public sealed record Activity(string Id, string Kind, string? Note, DateTimeOffset At);
