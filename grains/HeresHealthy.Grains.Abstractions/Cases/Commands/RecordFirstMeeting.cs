using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The responsible Lotsin met the family: the accompaniment (Begleitung) begins.</summary>
public sealed record RecordFirstMeeting(string CommandId, Actor Actor) : CaseCommand(CommandId, Actor);
