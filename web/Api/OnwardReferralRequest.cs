namespace HeresHealthy.Web.Api;

public sealed record OnwardReferralRequest(string? CommandId, string? OfferId);
