using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>Coordinator: hands the case to another Lotsin.</summary>
public sealed record Reassign(string CommandId, Actor Actor, string LotsinId, string? OverrideReason = null) : CaseCommand(CommandId, Actor);
