using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>
/// The responsible Lotsin names the family as the Familienkiosk greets it (e.g. "Familie K."): the kiosk shows it beside
/// the case's kiosk appointments. A personal field: erased with the case.
/// </summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.SetDisplayName")]
public sealed record SetDisplayName(string CommandId, Actor Actor, [Id(0)] string DisplayName) : CaseCommand(CommandId, Actor);
