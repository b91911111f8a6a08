using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The responsible Lotsin refers the family onward to a help offer (Weitervermittlung).</summary>
public sealed record ReferOnward(string CommandId, Actor Actor, string OfferId) : CaseCommand(CommandId, Actor);
