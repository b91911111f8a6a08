namespace HeresHealthy.Web.Api;

public sealed record ActivityRequest(string? CommandId, string? Kind, string? Note);
