using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The referring practice withdraws its referral before a Lotsin accepted it.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.Withdraw")]
public sealed record Withdraw(string CommandId, Actor Actor, [Id(0)] string Reason) : CaseCommand(CommandId, Actor);
