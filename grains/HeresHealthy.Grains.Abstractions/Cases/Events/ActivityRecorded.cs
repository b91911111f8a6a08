
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.ActivityRecorded")]
public sealed record ActivityRecorded(string CommandId, DateTimeOffset At, [Id(0)] string ActivityId, [Id(1)] string Kind, [Id(2)] string? Note) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Note = null };
}
