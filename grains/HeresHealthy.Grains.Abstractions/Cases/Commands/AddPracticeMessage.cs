using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The referring practice writes to the responsible Lotsin.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.AddPracticeMessage")]
public sealed record AddPracticeMessage(string CommandId, Actor Actor, [Id(0)] string Text) : CaseCommand(CommandId, Actor);
