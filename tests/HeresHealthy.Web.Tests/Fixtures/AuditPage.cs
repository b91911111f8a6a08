using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>One page of GET /api/audit.</summary>
public sealed record AuditPage(List<AuditRecord> Entries, long? Next);
