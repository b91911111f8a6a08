namespace HeresHealthy.Web.Audit;

/// <summary>
/// An audit row as the data-protection officer reads it: the stored row (references and its place in the hash chain)
/// and the same in words: who (<see cref="AuditPeople"/>), what and its outcome (<see cref="AuditWording"/>).
/// </summary>
public sealed record AuditLine(
    long Sequence, DateTimeOffset Time, string Actor, string Action, string? CaseId, int Status, string PreviousHash, string Hash, string Who, string What, string Outcome);
