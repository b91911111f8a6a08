namespace HeresHealthy.Web.Api;

/// <summary>Consent the family gave after the referral for one more help offer (its directory id): by whom, when.</summary>
public sealed record ConsentExtensionRequest(string? CommandId, string? OfferId, string? GivenBy, DateTimeOffset? GivenAt);
