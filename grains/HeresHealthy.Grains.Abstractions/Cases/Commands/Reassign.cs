using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>Coordinator: hands the case to another Lotsin.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.Reassign")]
public sealed record Reassign(string CommandId, Actor Actor, [Id(0)] string LotsinId, [Id(1)] OverrideReason? OverrideReason = null, [Id(2)] string? OverrideNote = null) : CaseCommand(CommandId, Actor);
