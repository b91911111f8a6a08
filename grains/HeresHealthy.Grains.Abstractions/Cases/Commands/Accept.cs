using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Cases.Commands;

/// <summary>The assigned Lotsin takes the case.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Commands.Accept")]
public sealed record Accept(string CommandId, Actor Actor) : CaseCommand(CommandId, Actor);
