using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The responsible Lotsin reports to the practice (first contact or interim).</summary>
public sealed record SendFeedback(string CommandId, Actor Actor, FeedbackKind Kind, string Text) : CaseCommand(CommandId, Actor);
