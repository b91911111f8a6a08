using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>System: the retention period of a closed case ran out (fired by a durable reminder); its personal data goes.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.Anonymise")]
public sealed record Anonymise(string CommandId, Actor Actor) : CaseCommand(CommandId, Actor);
