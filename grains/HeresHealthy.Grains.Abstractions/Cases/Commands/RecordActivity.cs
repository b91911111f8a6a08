using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The responsible Lotsin records an appointment, accompaniment or other work; the note is internal.</summary>
public sealed record RecordActivity(string CommandId, Actor Actor, string Kind, string? Note) : CaseCommand(CommandId, Actor);
