
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

/// <summary>A closed case lost its personal data after the retention period; it holds none itself, so it is its own redacted form.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.CaseAnonymised")]
public sealed record CaseAnonymised(string CommandId, DateTimeOffset At) : CaseEvent(CommandId, At);
