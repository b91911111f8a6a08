using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The responsible Lotsin updates an onward referral (contacted, attended).</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.UpdateOnwardReferral")]
public sealed record UpdateOnwardReferral(string CommandId, Actor Actor, [Id(0)] string ReferralId, [Id(1)] OnwardReferralStatus Status) : CaseCommand(CommandId, Actor);
