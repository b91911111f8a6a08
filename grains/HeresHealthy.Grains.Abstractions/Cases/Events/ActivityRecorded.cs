namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record ActivityRecorded(string CommandId, DateTimeOffset At, string ActivityId, string Kind, string? Note) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Note = null };
}
