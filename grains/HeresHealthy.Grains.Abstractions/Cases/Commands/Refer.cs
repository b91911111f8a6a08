using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>Practice: refers a family of its own practice (the practice is the actor). <c>FamilyPresentNow</c> marks an urgent referral.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.Refer")]
public sealed record Refer(string CommandId, Actor Actor, [Id(0)] string Network, [Id(1)] string Municipality, [Id(2)] string District, [Id(3)] IReadOnlyList<NeedCategory> Needs, [Id(4)] FamilyRecord Family, [Id(5)] Consent Consent, [Id(6)] bool FamilyPresentNow, [Id(7)] string? Note) : CaseCommand(CommandId, Actor);
