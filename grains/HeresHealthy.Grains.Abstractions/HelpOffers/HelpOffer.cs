
namespace HeresHealthy.Grains.Abstractions.HelpOffers;

/// <summary>
/// A help offer of the network's directory (Hilfeangebot). The first version stored only the positional values; the
/// later ones are properties with defaults, so that a stored offer of that version still loads (active, no languages,
/// the whole town).
/// </summary>
/// <param name="Municipality">The town the offer serves (one of <see cref="Common.NetworkPlaces"/>).</param>
/// <param name="Contact">Its phone number.</param>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.HelpOffers.HelpOffer")]
public sealed record HelpOffer([Id(0)] string Id, [Id(1)] string Name, [Id(2)] HelpOfferKind Kind, [Id(3)] string Municipality, [Id(4)] string? Contact)
{
    /// <summary>Who runs it (Träger), e.g. "Caritasverband Herne".</summary>
    [Id(5)]
    public string? Provider { get; init; }

    [Id(6)]
    public string? Email { get; init; }

    /// <summary>Where families find it, as people write an address (may span lines).</summary>
    [Id(7)]
    public string? Address { get; init; }

    /// <summary>Codes of <see cref="Common.NetworkLanguages"/> the offer is given in.</summary>
    [Id(8)]
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The districts of <see cref="Municipality"/> it serves; none: the whole town.</summary>
    [Id(9)]
    public IReadOnlyList<string> Districts { get; init; } = [];

    /// <summary>An inactive offer stays on the cases that named it, but is picked for no new onward referral or consent.</summary>
    [Id(10)]
    public bool Active { get; init; } = true;

    /// <summary>Equal in every value, the lists item by item (a record compares lists by reference).</summary>
    public bool SameAs(HelpOffer? other) =>
        other is not null
        && (Id, Name, Kind, Municipality, Contact, Provider, Email, Address, Active)
            == (other.Id, other.Name, other.Kind, other.Municipality, other.Contact, other.Provider, other.Email, other.Address, other.Active)
        && Languages.SequenceEqual(other.Languages)
        && Districts.SequenceEqual(other.Districts);
}
