using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Web.Api;

/// <summary>A practice's referral form. The practice and network come from the signed-in user.</summary>
public sealed record ReferralRequest(
    string? CommandId,
    string? Municipality,
    string? District,
    NeedCategory[]? Needs,
    bool FamilyPresentNow,
    string? Note,
    FamilyRecord? Family,
    ConsentRequest? Consent);
