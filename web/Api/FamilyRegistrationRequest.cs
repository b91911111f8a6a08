namespace HeresHealthy.Web.Api;

public sealed record FamilyRegistrationRequest(string? CommandId, string? Name, string? Phone, bool? Consent);
