namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>A help offer the family named after the referral: who consented, when, and when the Lotsin recorded it.</summary>
/// <param name="GivenBy">The guardian who consented; personal, erased with the family's data.</param>
public sealed record ConsentExtension(string OfferId, string? GivenBy, DateTimeOffset GivenAt, DateTimeOffset RecordedAt);
