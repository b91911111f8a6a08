namespace HeresHealthy.Web.Api;

public sealed record TextRequest(string? CommandId, string? Text);
