using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains.Cases;

/// <summary>
/// What a case grain persists: the case, the command ids it has already carried out (with their event sequence), and
/// who issued each of them, so that a repeated command id is answered as a repeat to its issuer only.
/// </summary>
public sealed class FamilyCaseGrainState
{
    public CaseState Case { get; set; } = new();

    public Dictionary<string, long> Processed { get; set; } = [];

    /// <summary>The issuer (<c>Role:Id</c>) of each processed command id; absent for commands stored before it was kept.</summary>
    public Dictionary<string, string> ProcessedBy { get; set; } = [];
}
