namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>
/// A recorded decision of the coordinator to assign beyond capacity or availability: the reason from the list, and an
/// optional note that is personal enough to be erased with the case (<see cref="Redacted"/>).
/// </summary>
public sealed record CoordinatorOverride(string LotsinId, OverrideReason Reason, DateTimeOffset At, string? Note = null)
{
    public CoordinatorOverride Redacted() => this with { Note = null };
}
