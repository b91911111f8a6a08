namespace HeresHealthy.Grains.Abstractions.Lotsinnen;

/// <param name="ActiveCases">Cases offered to her or in her care; these count against her capacity.</param>
public sealed record LotsinView(
    LotsinProfile Profile,
    Availability Availability,
    IReadOnlyList<string> ActiveCases,
    IReadOnlyList<string> OverCapacityCases);
