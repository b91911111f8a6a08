
namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>
/// The release from professional secrecy (Schweigepflichtentbindung, § 203 StGB) recorded with a referral:
/// who gave it, when, to whom (the Lotsendienst and optionally named help offers), for what, until when.
/// A help offer is named by its id in the network's help offer directory.
/// </summary>
/// <param name="GivenBy">The guardian who consented; personal, erased with the family's data.</param>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Consent")]
public sealed record Consent(
    [Id(0)] string? GivenBy,
    [Id(1)] DateTimeOffset GivenAt,
    [Id(2)] IReadOnlyList<string> Recipients,
    [Id(3)] IReadOnlyList<ConsentPurpose> Purposes,
    [Id(4)] DateTimeOffset ValidUntil)
{
    public const string Lotsendienst = "Lotsendienst";

    public bool Covers(ConsentPurpose purpose, DateTimeOffset at) =>
        Purposes.Contains(purpose) && at >= GivenAt && at < ValidUntil;

    /// <summary>Whether the family's details may be passed to this recipient (a help offer's id) at that time.</summary>
    public bool Releases(string recipient, DateTimeOffset at) =>
        Recipients.Contains(recipient) && Covers(ConsentPurpose.Referral, at);
}
