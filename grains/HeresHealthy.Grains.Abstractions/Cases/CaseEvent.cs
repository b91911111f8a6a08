
namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>
/// One change of a case. Events are published without personal data: <see cref="Redacted"/> is what goes to the
/// outbox, while the full event only evolves the case's own (erasable) state.
/// </summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.CaseEvent")]
public abstract record CaseEvent([Id(0)] string CommandId, [Id(1)] DateTimeOffset At)
{
    /// <summary>This event with every personal field emptied.</summary>
    public virtual CaseEvent Redacted() => this;
}
