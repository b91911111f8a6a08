
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.CaseClosed")]
public sealed record CaseClosed(string CommandId, DateTimeOffset At, [Id(0)] CaseOutcome Outcome, [Id(1)] string FeedbackId, [Id(2)] string? Text, [Id(3)] string LotsinId) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Text = null };
}
