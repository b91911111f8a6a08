
namespace HeresHealthy.Grains.Abstractions.Practices.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Practices.Events.PracticeRegistered")]
public sealed record PracticeRegistered([Id(0)] PracticeProfile Profile);
