namespace HeresHealthy.Bench.Grains;

public sealed class LedgerState
{
    public int Entries { get; set; }

    public long Balance { get; set; }
}
