using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The assigned Lotsin declines the offer.</summary>
public sealed record Decline(string CommandId, Actor Actor, string Reason) : CaseCommand(CommandId, Actor);
