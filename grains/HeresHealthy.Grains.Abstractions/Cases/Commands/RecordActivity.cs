using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The responsible Lotsin records an appointment, accompaniment or other work; the note is internal.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.RecordActivity")]
public sealed record RecordActivity(string CommandId, Actor Actor, [Id(0)] string Kind, [Id(1)] string? Note) : CaseCommand(CommandId, Actor);
