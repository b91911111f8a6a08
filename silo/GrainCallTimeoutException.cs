namespace HeresHealthy.Silo;

/// <summary>A call waited longer than the call timeout for its turn, typically because of a call cycle.</summary>
public sealed class GrainCallTimeoutException(GrainId target, string callChain, TimeSpan timeout)
    : TimeoutException(Describe(target, callChain, timeout))
{
    public GrainId Target { get; } = target;

    public string CallChain { get; } = callChain;

    private static string Describe(GrainId target, string chain, TimeSpan timeout) =>
        chain.Contains($"{target} ->", StringComparison.Ordinal)
            ? $"Call to grain {target} timed out after {timeout.TotalSeconds:0.###} s: the call chain {chain} is a cycle (deadlock)."
            : $"Call to grain {target} timed out after {timeout.TotalSeconds:0.###} s waiting for its turn (call chain {chain}).";
}
