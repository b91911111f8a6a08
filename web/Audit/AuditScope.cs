using System.Collections.Concurrent;

namespace HeresHealthy.Web.Audit;

/// <summary>
/// The case ids one request read, reported by list handlers in one line (<see cref="RecordReads"/>) and recorded by
/// <see cref="AuditEndpointFilter"/>, one audit row per case.
/// </summary>
public sealed class AuditScope
{
    private readonly ConcurrentQueue<string> _caseIds = new();

    public IEnumerable<string> CaseIds => _caseIds;

    /// <summary>Notes the cases a handler returns; outside an audited request it does nothing.</summary>
    public static void RecordReads(HttpContext http, IEnumerable<string> caseIds)
    {
        if (http.Features.Get<AuditScope>() is { } scope)
        {
            foreach (var caseId in caseIds)
            {
                scope._caseIds.Enqueue(caseId);
            }
        }
    }

    internal static AuditScope Begin(HttpContext http)
    {
        var scope = new AuditScope();
        http.Features.Set(scope);
        return scope;
    }
}
