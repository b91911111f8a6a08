namespace HeresHealthy.Silo.Storage;

/// <summary>
/// What a reader may conclude about gaps in positions. A missing position below a visible one either belongs to a
/// transaction still running or to one that rolled back. Once every transaction that was running when the gap was
/// first seen has ended (<see cref="OldestRunning"/> reached the earlier <see cref="NextToStart"/>), the gap is final.
/// </summary>
public readonly record struct SnapshotHorizon(long OldestRunning, long NextToStart)
{
    /// <summary>For stores whose commits are serialized in position order: every gap is final.</summary>
    public static SnapshotHorizon Settled { get; } = new(long.MaxValue, 0);

    public bool IsSettled => OldestRunning == long.MaxValue;
}
