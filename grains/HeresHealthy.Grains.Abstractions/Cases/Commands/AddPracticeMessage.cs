using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The referring practice writes to the responsible Lotsin.</summary>
public sealed record AddPracticeMessage(string CommandId, Actor Actor, string Text) : CaseCommand(CommandId, Actor);
