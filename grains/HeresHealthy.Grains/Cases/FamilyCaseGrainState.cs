using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains.Cases;

/// <summary>What a case grain persists: the case, and the command ids it has already carried out (with their event sequence).</summary>
public sealed class FamilyCaseGrainState
{
    public CaseState Case { get; set; } = new();

    public Dictionary<string, long> Processed { get; set; } = [];
}
