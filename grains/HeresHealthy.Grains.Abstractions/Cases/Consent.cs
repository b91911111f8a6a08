namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>
/// The release from professional secrecy (Schweigepflichtentbindung, § 203 StGB) recorded with a referral:
/// who gave it, when, to whom (the Lotsendienst and optionally named help offers), for what, until when.
/// </summary>
/// <param name="GivenBy">The guardian who consented; personal, erased with the family's data.</param>
public sealed record Consent(
    string? GivenBy,
    DateTimeOffset GivenAt,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<ConsentPurpose> Purposes,
    DateTimeOffset ValidUntil)
{
    public const string Lotsendienst = "Lotsendienst";

    public bool Covers(ConsentPurpose purpose, DateTimeOffset at) =>
        Purposes.Contains(purpose) && at >= GivenAt && at < ValidUntil;
}
