using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The responsible Lotsin ends the case with an outcome and the closing feedback to the practice.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.Close")]
public sealed record Close(string CommandId, Actor Actor, [Id(0)] CaseOutcome Outcome, [Id(1)] string Feedback) : CaseCommand(CommandId, Actor);
