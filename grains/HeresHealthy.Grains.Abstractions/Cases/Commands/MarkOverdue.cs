using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>System: a deadline passed unmet (fired by a durable reminder).</summary>
public sealed record MarkOverdue(string CommandId, Actor Actor, Obligation Obligation, OverdueStage Stage, DateTimeOffset DueAt) : CaseCommand(CommandId, Actor);
