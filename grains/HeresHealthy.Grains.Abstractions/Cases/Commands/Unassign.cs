using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>Coordinator: takes an offer back, for example when the Lotsin is away.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.Unassign")]
public sealed record Unassign(string CommandId, Actor Actor, [Id(0)] string Reason) : CaseCommand(CommandId, Actor);
