using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>Coordinator: hands the case to another Lotsin.</summary>
public sealed record Reassign(string CommandId, Actor Actor, string LotsinId, OverrideReason? OverrideReason = null, string? OverrideNote = null) : CaseCommand(CommandId, Actor);
