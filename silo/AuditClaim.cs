using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Silo;

/// <summary>
/// A request's audit row that is committed with the state write it describes: the first state write of
/// <see cref="Grain"/> in the request's flow (<see cref="RequestContext.Audit"/>) takes it, once, and stores it in the
/// same transaction. A change is then never stored without its row, and the request needs no audit transaction of its
/// own. If no write commits it (a refusal, a repeated command, a failed write), <see cref="Close"/> says so and the
/// caller records the request itself.
/// </summary>
/// <param name="grain">The grain whose state write the row describes.</param>
/// <param name="entry">The row; its time is replaced by the write's.</param>
public sealed class AuditClaim(GrainId grain, AuditEntry entry)
{
    private const int Open = 0;
    private const int Taken = 1;
    private const int Stored = 2;
    private const int Unknown = 3;
    private const int Closed = 4;

    private int _state;

    public GrainId Grain { get; } = grain;

    public AuditEntry Entry { get; } = entry;

    /// <summary>
    /// No write takes the claim from now on. True if a write committed its row; false if none took it, or one did
    /// but its outcome is not known yet or at all (the row may then be stored twice, never not at all).
    /// </summary>
    public bool Close()
    {
        Interlocked.CompareExchange(ref _state, Closed, Open);
        return Volatile.Read(ref _state) == Stored;
    }

    /// <summary>The row, timed as the write, if <paramref name="writer"/> is the claimed grain and no write took it yet.</summary>
    internal IReadOnlyList<AuditEntry> TryTake(GrainId writer, DateTimeOffset time) =>
        writer == Grain && Interlocked.CompareExchange(ref _state, Taken, Open) == Open ? [Entry with { Time = time }] : [];

    /// <summary>After the write that took the row: committed, refused (nothing stored: the claim is open again), or unknown.</summary>
    internal void Settle(bool? committed) => Interlocked.CompareExchange(ref _state, committed switch
    {
        true => Stored,
        false => Open,
        null => Unknown,
    }, Taken);
}
