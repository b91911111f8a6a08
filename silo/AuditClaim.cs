using System.Text.Json;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Silo;

/// <summary>
/// A request's audit row that is committed with the state write it describes. The caller offers it (<see cref="Offer"/>)
/// in Orleans' request context, which travels with the grain call; the grain whose key it names takes it into its next
/// state write (<see cref="Peek"/>, then <see cref="Taken"/> once the write committed) and says so in its answer
/// (<see cref="Stored"/>). A change is then never stored without its row. Whatever no write committed (a refusal, a
/// repeated command, a failure of unknown outcome) the caller records itself: a row may then be stored twice, never not
/// at all.
/// </summary>
/// <param name="caseId">The case whose state write the row describes.</param>
/// <param name="entry">The row; its time is replaced by the write's.</param>
public sealed class AuditClaim(string caseId, AuditEntry entry)
{
    /// <summary>The Orleans request context key of an offered row (JSON of <see cref="AuditEntry"/>).</summary>
    public const string ContextKey = "heres.audit";

    private int _stored;

    public string CaseId { get; } = caseId;

    public AuditEntry Entry { get; } = entry;

    /// <summary>Puts the row into Orleans' request context of this flow, for the grain calls that follow.</summary>
    public void Offer() => RequestContext.Set(ContextKey, JsonSerializer.Serialize(Entry with { CaseId = CaseId }, SiloJson.Options));

    /// <summary>The grain said its committed write carried the row.</summary>
    public void Stored() => Volatile.Write(ref _stored, 1);

    /// <summary>Takes the row out of the request context; true if a write committed it.</summary>
    public bool Close()
    {
        RequestContext.Remove(ContextKey);
        return Volatile.Read(ref _stored) == 1;
    }

    /// <summary>Inside a grain: the row offered for <paramref name="key"/>, timed <paramref name="time"/>, if any.</summary>
    public static AuditEntry? Peek(string key, DateTimeOffset time) =>
        RequestContext.Get(ContextKey) is string json
        && JsonSerializer.Deserialize<AuditEntry>(json, SiloJson.Options) is { } offered
        && offered.CaseId == key
            ? offered with { Time = time }
            : null;

    /// <summary>Inside a grain, after the write that carried the row committed: no later write of this call takes it again.</summary>
    public static void Taken() => RequestContext.Remove(ContextKey);
}
