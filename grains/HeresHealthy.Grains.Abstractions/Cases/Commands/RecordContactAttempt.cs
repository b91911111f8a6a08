using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The responsible Lotsin records an attempt to reach the family.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.RecordContactAttempt")]
public sealed record RecordContactAttempt(string CommandId, Actor Actor, [Id(0)] bool Reached, [Id(1)] string? Note) : CaseCommand(CommandId, Actor);
