using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The referring practice withdraws its referral before a Lotsin accepted it.</summary>
public sealed record Withdraw(string CommandId, Actor Actor, string Reason) : CaseCommand(CommandId, Actor);
