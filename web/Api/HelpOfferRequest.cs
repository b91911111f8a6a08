using HeresHealthy.Grains.Abstractions.HelpOffers;

namespace HeresHealthy.Web.Api;

/// <summary>An offer of the directory as the coordinator's form sends it (offerKind: its kind); no districts: the whole town.</summary>
public sealed record HelpOfferRequest(
    string? CommandId,
    HelpOfferKind? OfferKind,
    string? Name,
    string? Provider,
    string? Phone,
    string? Email,
    string? Address,
    string? Municipality,
    string[]? Districts,
    string[]? Languages,
    bool Active = true)
{
    public HelpOffer ToOffer(string id) => new(id, Name?.Trim() ?? "", OfferKind ?? (HelpOfferKind)(-1), Municipality ?? "", Optional(Phone))
    {
        Provider = Optional(Provider),
        Email = Optional(Email),
        Address = Optional(Address),
        Languages = Languages ?? [],
        Districts = Districts ?? [],
        Active = Active,
    };

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
