namespace HeresHealthy.Web.Api;

public sealed record ReasonRequest(string? CommandId, string? Reason);
