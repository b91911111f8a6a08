using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The assigned Lotsin declines the offer.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.Decline")]
public sealed record Decline(string CommandId, Actor Actor, [Id(0)] string Reason) : CaseCommand(CommandId, Actor);
