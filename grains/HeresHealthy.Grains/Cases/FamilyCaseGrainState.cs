using HeresHealthy.Silo.Providers;
using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains.Cases;

/// <summary>
/// What a case grain persists: the case, the command ids it has already carried out (with their event sequence), and
/// who issued each of them, so that a repeated command id is answered as a repeat to its issuer only; and the Lotsinnen
/// whose capacity the case still has to give back.
/// </summary>
public sealed class FamilyCaseGrainState : OutboxState
{
    public CaseState Case { get; set; } = new();

    public Dictionary<string, long> Processed { get; set; } = [];

    /// <summary>The issuer (<c>Role:Id</c>) of each processed command id; absent for commands stored before it was kept.</summary>
    public Dictionary<string, string> ProcessedBy { get; set; } = [];

    /// <summary>
    /// Lotsinnen who let go of the case in a committed transition and may still count it: written in the same commit as
    /// the transition, cleared once their capacity is released (retried by the <c>release</c> reminder after a crash).
    /// </summary>
    public HashSet<string> PendingReleases { get; set; } = [];
}
