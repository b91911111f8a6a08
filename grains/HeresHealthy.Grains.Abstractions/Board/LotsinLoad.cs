using HeresHealthy.Grains.Abstractions.Lotsinnen;

namespace HeresHealthy.Grains.Abstractions.Board;

/// <summary>A Lotsin's caseload against her capacity, and her availability, as the board shows it.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Board.LotsinLoad")]
public sealed record LotsinLoad(
    [Id(0)] string LotsinId,
    [Id(1)] string Name,
    [Id(2)] string Organisation,
    [Id(3)] Availability Availability,
    [Id(4)] int Active,
    [Id(5)] int Capacity,
    [Id(6)] IReadOnlyList<string> Languages,
    [Id(7)] IReadOnlyList<string> Districts);
