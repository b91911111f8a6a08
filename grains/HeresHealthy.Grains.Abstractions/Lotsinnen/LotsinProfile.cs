namespace HeresHealthy.Grains.Abstractions.Lotsinnen;

/// <summary>A family navigator (Familienlotsin) and what assignment suggestions rank by.</summary>
/// <param name="Capacity">Active cases she can carry; set per Lotsin, so part-time work counts.</param>
/// <param name="Districts">The districts (Stadtteile) she works in.</param>
public sealed record LotsinProfile(
    string Id,
    string Name,
    string Network,
    string Organisation,
    int Capacity,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Districts);
