namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record AssignmentAccepted(string CommandId, DateTimeOffset At, string LotsinId) : CaseEvent(CommandId, At);
