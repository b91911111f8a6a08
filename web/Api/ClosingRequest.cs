using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Web.Api;

public sealed record ClosingRequest(string? CommandId, CaseOutcome Outcome, string? Feedback);
