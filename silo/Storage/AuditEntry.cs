namespace HeresHealthy.Silo.Storage;

/// <summary>
/// One access to record. References only, never a family's data: the actor ("Role:userName", a hub group or "System"),
/// the action (e.g. "GET /api/referrals/{caseId}", "hub LiveHub.CatchUp", "push case"), the case id if any, the status.
/// </summary>
public sealed record AuditEntry(DateTimeOffset Time, string Actor, string Action, string? CaseId, int Status);
