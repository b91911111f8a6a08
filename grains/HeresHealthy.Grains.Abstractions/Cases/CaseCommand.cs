using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>A command to a case. The command id makes retries safe: a repeated id takes effect once.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.CaseCommand")]
public abstract record CaseCommand([Id(0)] string CommandId, [Id(1)] Actor Actor);
