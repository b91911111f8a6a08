
namespace HeresHealthy.Grains.Abstractions.Practices;

/// <summary>A paediatric practice (Kinderarztpraxis) of the network; <c>Phone</c>: the number a Lotsin calls back on (optional); <c>Address</c>: street and town, for the records of the network (optional).</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Practices.PracticeProfile")]
public sealed record PracticeProfile([Id(0)] string Id, [Id(1)] string Name, [Id(2)] string Network, [Id(3)] string Municipality, [Id(4)] string District, [Id(5)] string? Phone = null, [Id(6)] string? Address = null);
