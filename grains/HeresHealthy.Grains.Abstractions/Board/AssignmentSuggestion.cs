
namespace HeresHealthy.Grains.Abstractions.Board;

/// <summary>A Lotsin suggested for a case, with the reasons of her rank. <c>NeedsOverride</c>: away or full.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Board.AssignmentSuggestion")]
public sealed record AssignmentSuggestion([Id(0)] string LotsinId, [Id(1)] string Name, [Id(2)] double Score, [Id(3)] IReadOnlyList<string> Reasons, [Id(4)] int FreeCapacity, [Id(5)] bool NeedsOverride);
