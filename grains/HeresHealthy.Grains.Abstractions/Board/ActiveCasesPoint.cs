namespace HeresHealthy.Grains.Abstractions.Board;

/// <summary>One step of the day's chart: from <c>At</c> on, the Lotsinnen of the network held <c>Active</c> cases (offers included).</summary>
[GenerateSerializer]
[Immutable] // built fresh for each answer and never changed after: Orleans need not copy it
[Alias("HeresHealthy.Grains.Abstractions.Board.ActiveCasesPoint")]
public sealed record ActiveCasesPoint([Id(0)] DateTimeOffset At, [Id(1)] int Active);
