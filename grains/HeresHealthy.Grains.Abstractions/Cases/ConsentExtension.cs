
namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>A help offer the family named after the referral: who consented, when, and when the Lotsin recorded it.</summary>
/// <param name="GivenBy">The guardian who consented; personal, erased with the family's data.</param>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.ConsentExtension")]
public sealed record ConsentExtension([Id(0)] string OfferId, [Id(1)] string? GivenBy, [Id(2)] DateTimeOffset GivenAt, [Id(3)] DateTimeOffset RecordedAt);
