namespace HeresHealthy.Silo.Runtime;

/// <summary>The grains whose turns are waiting on the current call, innermost last; flows with the async context.</summary>
internal sealed class CallChain(GrainId grain, CallChain? caller)
{
    private static readonly AsyncLocal<CallChain?> _current = new();

    public static CallChain? Current
    {
        get => _current.Value;
        set => _current.Value = value;
    }

    public GrainId Grain { get; } = grain;

    public CallChain? Caller { get; } = caller;

    public static string Describe(CallChain? chain, GrainId target)
    {
        var names = new List<string> { target.ToString() };
        for (var link = chain; link is not null; link = link.Caller)
        {
            names.Add(link.Grain.ToString());
        }

        names.Reverse();
        return string.Join(" -> ", names);
    }
}
