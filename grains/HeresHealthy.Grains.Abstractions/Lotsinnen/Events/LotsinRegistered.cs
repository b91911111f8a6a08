
namespace HeresHealthy.Grains.Abstractions.Lotsinnen.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Lotsinnen.Events.LotsinRegistered")]
public sealed record LotsinRegistered([Id(0)] LotsinProfile Profile);
