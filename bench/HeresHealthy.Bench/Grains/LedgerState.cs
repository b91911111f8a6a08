using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Bench.Grains;

public sealed class LedgerState : OutboxState
{
    public int Entries { get; set; }

    public long Balance { get; set; }
}
