namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record ContactAttemptRecorded(string CommandId, DateTimeOffset At, int Number, bool Reached, string? Note) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Note = null };
}
