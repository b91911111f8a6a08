namespace HeresHealthy.Bench;

/// <summary>A grain state of a case's size (a few hundred bytes of JSON) for the storage benchmarks.</summary>
public sealed class BenchState
{
    public int Counter { get; set; }

    public string Status { get; set; } = "";

    public List<string> Needs { get; set; } = [];

    public Dictionary<string, long> Processed { get; set; } = [];

    public static BenchState Sample() => new()
    {
        Status = "Accepted",
        Needs = ["Language", "MissedCheckUps", "Poverty"],
        Processed = Enumerable.Range(0, 8).ToDictionary(i => Guid.NewGuid().ToString("N"), i => (long)i),
    };
}

/// <summary>The same, as a state that publishes its changes.</summary>
public sealed class BenchOutboxState : Silo.Providers.OutboxState
{
    public int Counter { get; set; }

    public BenchState Case { get; set; } = BenchState.Sample();
}

public sealed record BenchChanged(int Counter);
