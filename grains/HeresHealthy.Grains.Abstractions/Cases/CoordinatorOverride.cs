
namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>
/// A recorded decision of the coordinator to assign beyond capacity or availability: the reason from the list, and an
/// optional note that is personal enough to be erased with the case (<see cref="Redacted"/>).
/// </summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.CoordinatorOverride")]
public sealed record CoordinatorOverride([Id(0)] string LotsinId, [Id(1)] OverrideReason Reason, [Id(2)] DateTimeOffset At, [Id(3)] string? Note = null)
{
    public CoordinatorOverride Redacted() => this with { Note = null };
}
