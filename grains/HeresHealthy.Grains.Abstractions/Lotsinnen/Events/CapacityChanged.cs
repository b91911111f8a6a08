
namespace HeresHealthy.Grains.Abstractions.Lotsinnen.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Lotsinnen.Events.CapacityChanged")]
public sealed record CapacityChanged([Id(0)] string LotsinId, [Id(1)] int Capacity);
