
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.PracticeMessageAdded")]
public sealed record PracticeMessageAdded(string CommandId, DateTimeOffset At, [Id(0)] string MessageId, [Id(1)] string? Text) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Text = null };
}
