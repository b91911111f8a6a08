using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>
/// The responsible Lotsin records that the family has since consented to passing its details to one more help offer
/// (by its id in the network's help offer directory): who gave that consent and when. The original validity stays.
/// </summary>
/// <param name="GivenBy">The guardian who consented; personal, erased with the family's data.</param>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.ExtendConsent")]
public sealed record ExtendConsent(string CommandId, Actor Actor, [Id(0)] string OfferId, [Id(1)] string GivenBy, [Id(2)] DateTimeOffset GivenAt) : CaseCommand(CommandId, Actor);
