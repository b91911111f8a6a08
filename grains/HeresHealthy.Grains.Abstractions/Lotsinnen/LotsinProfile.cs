
namespace HeresHealthy.Grains.Abstractions.Lotsinnen;

/// <summary>A family navigator (Familienlotsin) and what assignment suggestions rank by.</summary>
/// <param name="Capacity">Active cases she can carry; set per Lotsin, so part-time work counts.</param>
/// <param name="Districts">The districts (Stadtteile) she works in, each with its town (<see cref="Common.WorkArea"/>).</param>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Lotsinnen.LotsinProfile")]
public sealed record LotsinProfile(
    [Id(0)] string Id,
    [Id(1)] string Name,
    [Id(2)] string Network,
    [Id(3)] string Organisation,
    [Id(4)] int Capacity,
    [Id(5)] IReadOnlyList<string> Languages,
    [Id(6)] IReadOnlyList<string> Districts)
{
    /// <summary>Equal in every value, the lists item by item (a record compares lists by reference).</summary>
    public bool SameAs(LotsinProfile? other) =>
        other is not null
        && (Id, Name, Network, Organisation, Capacity) == (other.Id, other.Name, other.Network, other.Organisation, other.Capacity)
        && Languages.SequenceEqual(other.Languages)
        && Districts.SequenceEqual(other.Districts);
}
