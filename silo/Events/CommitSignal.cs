using System.Collections.Concurrent;
using System.Threading.Channels;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Silo.Events;

/// <summary>Wakes the event dispatcher when this node committed, or another node notified a commit.</summary>
public sealed class CommitSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private readonly ConcurrentQueue<EventEnvelope> _local = new();

    public void Pulse() => _channel.Writer.TryWrite(true);

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

        Pulse();
    }

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

    /// <summary>Returns when pulsed or after <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (_channel.Reader.TryRead(out _))
        {
            return;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, timer.Token);
        var pulse = _channel.Reader.WaitToReadAsync(timer.Token).AsTask();
        await Task.WhenAny(delay, pulse);
        await timer.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        _channel.Reader.TryRead(out _);
    }
}
