using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Silo;

/// <summary>Ambient facts about the current request that flow into grain calls, such as who acts.</summary>
public static class CallContext
{
    private static readonly AsyncLocal<AuditClaim?> _audit = new();

    /// <summary>
    /// The authenticated actor on whose behalf grains are called; stored with every event. Kept in Orleans' request
    /// context, which travels with every grain call (also to other silos) and to the grain's storage.
    /// </summary>
    public static string? Actor
    {
        get => RequestContext.Get(OutboxGrainStorage.ActorKey) as string;
        set
        {
            if (value is null)
            {
                RequestContext.Remove(OutboxGrainStorage.ActorKey);
            }
            else
            {
                RequestContext.Set(OutboxGrainStorage.ActorKey, value);
            }
        }
    }

    /// <summary>The request's audit row, to be committed with the state write of the grain it names (see <see cref="AuditClaim"/>).</summary>
    public static AuditClaim? Audit
    {
        get => _audit.Value;
        set => _audit.Value = value;
    }
}
