namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record CaseClaimed(string CommandId, DateTimeOffset At, string LotsinId, string LotsinName) : CaseEvent(CommandId, At);
