using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>System: a deadline passed unmet (fired by a durable reminder).</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.MarkOverdue")]
public sealed record MarkOverdue(string CommandId, Actor Actor, [Id(0)] Obligation Obligation, [Id(1)] OverdueStage Stage, [Id(2)] DateTimeOffset DueAt) : CaseCommand(CommandId, Actor);
