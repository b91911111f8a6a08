using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The responsible Lotsin records an attempt to reach the family.</summary>
public sealed record RecordContactAttempt(string CommandId, Actor Actor, bool Reached, string? Note) : CaseCommand(CommandId, Actor);
