using System.Collections.Concurrent;
using System.Threading.Channels;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Silo.Events;

/// <summary>
/// Wakes the event dispatcher when this node committed (handing over the events) or a commit was notified, and remembers
/// what the notifications said, so that the dispatcher reads the outbox only when it may hold something undelivered.
/// </summary>
public sealed class CommitSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private readonly ConcurrentQueue<EventEnvelope> _local = new();
    private long _highestNotified;
    private int _unknownNotified;

    /// <summary>
    /// Hands this node's own committed events to the dispatcher, so it need not read them back from the
    /// outbox before telling the subscribers; it still reads the outbox for everything else.
    /// </summary>
    public void Pulse(IEnumerable<EventEnvelope> committed)
    {
        foreach (var envelope in committed)
        {
            _local.Enqueue(envelope);
        }

        Wake();
    }

    /// <summary>A commit notification: the highest position it appended, or null if notifications may have been missed.</summary>
    public void Notified(long? position)
    {
        if (position is not { } notified)
        {
            Volatile.Write(ref _unknownNotified, 1);
        }
        else
        {
            long seen;
            while ((seen = Volatile.Read(ref _highestNotified)) < notified
                && Interlocked.CompareExchange(ref _highestNotified, notified, seen) != seen)
            {
            }
        }

        Wake();
    }

    /// <summary>
    /// Whether a notification says the outbox may hold an event at or after <paramref name="nextPosition"/>: one of
    /// unknown position since the last call, or a position not delivered yet (another node's commit, a commit after a
    /// gap, or this node's own commit notified before its write handed it over). A notification of a position already
    /// delivered, such as this node's own commit, is stale and asks for nothing.
    /// </summary>
    public bool MayHaveMore(long nextPosition) =>
        Interlocked.Exchange(ref _unknownNotified, 0) == 1 | Volatile.Read(ref _highestNotified) >= nextPosition;

    /// <summary>This node's committed events handed over since the last call, in position order.</summary>
    public IReadOnlyList<EventEnvelope> TakeLocal()
    {
        var taken = new List<EventEnvelope>();
        while (_local.TryDequeue(out var envelope))
        {
            taken.Add(envelope);
        }

        taken.Sort((a, b) => a.Position.CompareTo(b.Position));
        return taken;
    }

    /// <summary>Returns true when woken, false after <paramref name="timeout"/> without a wake-up.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (_channel.Reader.TryRead(out _))
        {
            return true;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, timer.Token);
        var pulse = _channel.Reader.WaitToReadAsync(timer.Token).AsTask();
        await Task.WhenAny(delay, pulse);
        await timer.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return _channel.Reader.TryRead(out _);
    }

    private void Wake() => _channel.Writer.TryWrite(true);
}
