using HeresHealthy.Grains.Abstractions.Lotsinnen;

namespace HeresHealthy.Grains.Abstractions.Board;

/// <summary>A Lotsin's caseload against her capacity, and her availability, as the board shows it.</summary>
public sealed record LotsinLoad(
    string LotsinId,
    string Name,
    string Organisation,
    Availability Availability,
    int Active,
    int Capacity,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Districts);
