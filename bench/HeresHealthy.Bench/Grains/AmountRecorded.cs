using HeresHealthy.Silo;

namespace HeresHealthy.Bench.Grains;

[EventType("amount-recorded")]
public sealed record AmountRecorded(int Amount, long Balance);
