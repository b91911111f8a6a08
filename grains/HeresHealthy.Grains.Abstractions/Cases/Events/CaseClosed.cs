namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record CaseClosed(string CommandId, DateTimeOffset At, CaseOutcome Outcome, string FeedbackId, string? Text, string LotsinId) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Text = null };
}
