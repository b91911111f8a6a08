using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>
/// The responsible Lotsin records that the family has since consented to passing its details to one more help offer
/// (by its id in the network's help offer directory): who gave that consent and when. The original validity stays.
/// </summary>
/// <param name="GivenBy">The guardian who consented; personal, erased with the family's data.</param>
public sealed record ExtendConsent(string CommandId, Actor Actor, string OfferId, string GivenBy, DateTimeOffset GivenAt) : CaseCommand(CommandId, Actor);
