
namespace HeresHealthy.Grains.Abstractions.Cases.Views;

/// <summary>Who is entitled to hear of a case's changes: its network, practice and responsible or offered Lotsin. No personal data.</summary>
[GenerateSerializer]
[Immutable] // built fresh for each answer and never changed after: Orleans need not copy it
[Alias("HeresHealthy.Grains.Abstractions.Cases.Views.CaseAudience")]
public sealed record CaseAudience([Id(0)] string Network, [Id(1)] string PracticeId, [Id(2)] string? LotsinId, [Id(3)] bool Urgent, [Id(4)] CaseStatus Status);
