using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The responsible Lotsin updates an onward referral (contacted, attended).</summary>
public sealed record UpdateOnwardReferral(string CommandId, Actor Actor, string ReferralId, OnwardReferralStatus Status) : CaseCommand(CommandId, Actor);
