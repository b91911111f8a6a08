namespace HeresHealthy.Grains.Abstractions.Cases.Views;

/// <summary>Who is entitled to hear of a case's changes: its network, practice and responsible or offered Lotsin. No personal data.</summary>
public sealed record CaseAudience(string Network, string PracticeId, string? LotsinId, bool Urgent, CaseStatus Status);
