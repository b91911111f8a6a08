using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Grains.Abstractions.Reports;

/// <summary>How many cases of a row closed with <see cref="Outcome"/>; null when suppressed (small number).</summary>
[GenerateSerializer]
[Immutable]
[Alias("HeresHealthy.Grains.Abstractions.Reports.OutcomeCount")]
public sealed record OutcomeCount([property: Id(0)] CaseOutcome Outcome, [property: Id(1)] int? Count);
