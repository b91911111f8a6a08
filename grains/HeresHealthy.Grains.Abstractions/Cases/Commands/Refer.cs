using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>Practice: refers a family of its own practice (the practice is the actor). <c>FamilyPresentNow</c> marks an urgent referral.</summary>
public sealed record Refer(string CommandId, Actor Actor, string Network, string Municipality, string District, IReadOnlyList<NeedCategory> Needs, FamilyRecord Family, Consent Consent, bool FamilyPresentNow, string? Note) : CaseCommand(CommandId, Actor);
