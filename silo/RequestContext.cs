namespace HeresHealthy.Silo;

/// <summary>Ambient facts about the current request that flow into grain calls, such as who acts.</summary>
public static class RequestContext
{
    private static readonly AsyncLocal<string?> _actor = new();
    private static readonly AsyncLocal<AuditClaim?> _audit = new();

    /// <summary>The authenticated actor on whose behalf grains are called; stored with every event.</summary>
    public static string? Actor
    {
        get => _actor.Value;
        set => _actor.Value = value;
    }

    /// <summary>The request's audit row, to be committed with the state write of the grain it names (see <see cref="AuditClaim"/>).</summary>
    public static AuditClaim? Audit
    {
        get => _audit.Value;
        set => _audit.Value = value;
    }
}
