namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record FeedbackSent(string CommandId, DateTimeOffset At, string FeedbackId, FeedbackKind Kind, string? Text, string LotsinId) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Text = null };
}
