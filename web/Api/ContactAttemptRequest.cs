namespace HeresHealthy.Web.Api;

public sealed record ContactAttemptRequest(string? CommandId, bool Reached, string? Note);
