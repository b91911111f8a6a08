using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The responsible Lotsin refers the family onward to a help offer (Weitervermittlung).</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.ReferOnward")]
public sealed record ReferOnward(string CommandId, Actor Actor, [Id(0)] string OfferId) : CaseCommand(CommandId, Actor);
