using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Web.Api;

/// <summary>The coordinator's assignment: a Lotsin, and for an exception a reason from the list with an optional note.</summary>
public sealed record AssignmentRequest(string? CommandId, string? LotsinId, OverrideReason? OverrideReason, string? OverrideNote);
