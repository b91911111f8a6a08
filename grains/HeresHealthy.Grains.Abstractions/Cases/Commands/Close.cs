using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The responsible Lotsin ends the case with an outcome and the closing feedback to the practice.</summary>
public sealed record Close(string CommandId, Actor Actor, CaseOutcome Outcome, string Feedback) : CaseCommand(CommandId, Actor);
