using HeresHealthy.Web.Audit;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>One page of GET /api/audit: the entries with their references and in words.</summary>
public sealed record AuditPage(List<AuditLine> Entries, long? Next);
