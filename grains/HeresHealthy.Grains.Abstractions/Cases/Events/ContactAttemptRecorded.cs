
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.ContactAttemptRecorded")]
public sealed record ContactAttemptRecorded(string CommandId, DateTimeOffset At, [Id(0)] int Number, [Id(1)] bool Reached, [Id(2)] string? Note) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Note = null };
}
