
namespace HeresHealthy.Grains.Abstractions.Lotsinnen.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Lotsinnen.Events.AvailabilityChanged")]
public sealed record AvailabilityChanged([Id(0)] string LotsinId, [Id(1)] Availability Availability);
