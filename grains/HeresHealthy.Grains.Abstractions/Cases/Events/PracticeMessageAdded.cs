namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record PracticeMessageAdded(string CommandId, DateTimeOffset At, string MessageId, string? Text) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Text = null };
}
