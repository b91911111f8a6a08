namespace HeresHealthy.Web.Api;

public sealed record CommandRequest(string? CommandId);
