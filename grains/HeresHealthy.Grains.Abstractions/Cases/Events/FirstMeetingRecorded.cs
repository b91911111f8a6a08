
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.FirstMeetingRecorded")]
public sealed record FirstMeetingRecorded(string CommandId, DateTimeOffset At, [Id(0)] string LotsinId) : CaseEvent(CommandId, At);
