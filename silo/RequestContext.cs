namespace HeresHealthy.Silo;

/// <summary>Ambient facts about the current request that flow into grain calls, such as who acts.</summary>
public static class RequestContext
{
    private static readonly AsyncLocal<string?> _actor = new();

    /// <summary>The authenticated actor on whose behalf grains are called; stored with every event.</summary>
    public static string? Actor
    {
        get => _actor.Value;
        set => _actor.Value = value;
    }
}
