
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.FeedbackSent")]
public sealed record FeedbackSent(string CommandId, DateTimeOffset At, [Id(0)] string FeedbackId, [Id(1)] FeedbackKind Kind, [Id(2)] string? Text, [Id(3)] string LotsinId) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Text = null };
}
