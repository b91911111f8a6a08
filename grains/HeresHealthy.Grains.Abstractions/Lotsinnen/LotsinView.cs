
namespace HeresHealthy.Grains.Abstractions.Lotsinnen;

/// <param name="ActiveCases">Cases offered to her or in her care; these count against her capacity.</param>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Lotsinnen.LotsinView")]
public sealed record LotsinView(
    [Id(0)] LotsinProfile Profile,
    [Id(1)] Availability Availability,
    [Id(2)] IReadOnlyList<string> ActiveCases,
    [Id(3)] IReadOnlyList<string> OverCapacityCases);
