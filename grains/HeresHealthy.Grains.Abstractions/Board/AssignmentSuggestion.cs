namespace HeresHealthy.Grains.Abstractions.Board;

/// <summary>A Lotsin suggested for a case, with the reasons of her rank. <c>NeedsOverride</c>: away or full.</summary>
public sealed record AssignmentSuggestion(string LotsinId, string Name, double Score, IReadOnlyList<string> Reasons, int FreeCapacity, bool NeedsOverride);
