using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The responsible Lotsin reports to the practice (first contact or interim).</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.SendFeedback")]
public sealed record SendFeedback(string CommandId, Actor Actor, [Id(0)] FeedbackKind Kind, [Id(1)] string Text) : CaseCommand(CommandId, Actor);
