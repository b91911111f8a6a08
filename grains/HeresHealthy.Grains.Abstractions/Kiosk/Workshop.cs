
namespace HeresHealthy.Grains.Abstractions.Kiosk;

/// <summary>A parent workshop (Elternwerkstatt) at the Familienkiosk. Registrations are counted, never named.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.Workshop")]
public sealed record Workshop([Id(0)] string Id, [Id(1)] string Title, [Id(2)] DateTimeOffset At, [Id(3)] string Place, [Id(4)] int Capacity, [Id(5)] int Registrations);
