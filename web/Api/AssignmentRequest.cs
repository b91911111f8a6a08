namespace HeresHealthy.Web.Api;

public sealed record AssignmentRequest(string? CommandId, string? LotsinId, string? OverrideReason);
