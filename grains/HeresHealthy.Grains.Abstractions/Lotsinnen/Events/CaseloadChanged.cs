
namespace HeresHealthy.Grains.Abstractions.Lotsinnen.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Lotsinnen.Events.CaseloadChanged")]
public sealed record CaseloadChanged([Id(0)] string LotsinId, [Id(1)] int Active, [Id(2)] int Capacity);
