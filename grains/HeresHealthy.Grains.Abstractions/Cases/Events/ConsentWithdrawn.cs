namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record ConsentWithdrawn(string CommandId, DateTimeOffset At, string? LotsinId) : CaseEvent(CommandId, At);
