namespace HeresHealthy.Web.Api;

public sealed record DisplayNameRequest(string? CommandId, string? DisplayName);
