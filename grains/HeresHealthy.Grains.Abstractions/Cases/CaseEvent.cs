namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>
/// One change of a case. Events are published without personal data: <see cref="Redacted"/> is what goes to the
/// outbox, while the full event only evolves the case's own (erasable) state.
/// </summary>
public abstract record CaseEvent(string CommandId, DateTimeOffset At)
{
    /// <summary>This event with every personal field emptied.</summary>
    public virtual CaseEvent Redacted() => this;
}
