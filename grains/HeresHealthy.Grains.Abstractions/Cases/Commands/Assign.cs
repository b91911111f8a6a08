using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>
/// Coordinator: offers the case to a Lotsin; an override reason (from the list, with an optional note) assigns beyond
/// capacity or availability, and is recorded.
/// </summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.Assign")]
public sealed record Assign(string CommandId, Actor Actor, [Id(0)] string LotsinId, [Id(1)] OverrideReason? OverrideReason = null, [Id(2)] string? OverrideNote = null) : CaseCommand(CommandId, Actor);
