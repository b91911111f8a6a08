namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record FirstMeetingRecorded(string CommandId, DateTimeOffset At, string LotsinId) : CaseEvent(CommandId, At);
