namespace HeresHealthy.Web.Audit;

/// <summary>
/// An audit row as the data-protection officer reads it: the stored references (sequence, time, actor, action, case,
/// status) and the same in words: who (<see cref="AuditPeople"/>), what and its outcome (<see cref="AuditWording"/>).
/// </summary>
public sealed record AuditLine(long Sequence, DateTimeOffset Time, string Actor, string Action, string? CaseId, int Status, string Who, string What, string Outcome);
