using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>
/// Coordinator: offers the case to a Lotsin; an override reason (from the list, with an optional note) assigns beyond
/// capacity or availability, and is recorded.
/// </summary>
public sealed record Assign(string CommandId, Actor Actor, string LotsinId, OverrideReason? OverrideReason = null, string? OverrideNote = null) : CaseCommand(CommandId, Actor);
