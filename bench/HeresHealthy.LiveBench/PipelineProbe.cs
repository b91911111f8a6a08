using System.Collections.Concurrent;
using HeresHealthy.Silo;
using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.LiveBench;

/// <summary>
/// When a case event passed the stages of the real app's pipeline, in Unix ms (the browser's clock) and monotonic ms:
/// raised (the grain's own time, set before the write), committed (the storage write returned; NaN if not seen),
/// handed over by the dispatcher, and LivePublisher returned. <paramref name="Payload"/> is the event's JSON, so a
/// round can check by its command id that the stages are those of its own message (the event carries no text).
/// </summary>
public sealed record Stages(
    long Position, double RaisedUnix, double CommittedUnix, double DispatchedUnix, double DispatchedMono, double PublishedUnix, double PublishedMono, string Payload);

/// <summary>
/// Two event subscribers around the app's LivePublisher (the dispatcher calls subscribers in registration order):
/// the first stamps when the dispatcher hands a batch over (for a commit on this node: straight from the write's
/// result, after the dispatcher's wake-up and the subscribers registered before it), the second when LivePublisher
/// has returned (audience computed with its grain calls, views serialized and written to the group's connections).
/// A decorator of the storage stamps when a state write (the transaction with its outbox rows) has returned.
/// All are cheap: a dictionary write per event.
/// </summary>
public sealed class PipelineProbe
{
    private readonly ConcurrentDictionary<long, double> _committed = new();
    private readonly ConcurrentDictionary<string, Stages> _byCase = new();

    public IEventSubscriber Before => new Subscriber(events =>
    {
        var unix = Clock.UnixMs();
        var mono = Clock.MonotonicMs();
        foreach (var envelope in events)
        {
            var committed = _committed.TryRemove(envelope.Position, out var stamp) ? stamp : double.NaN;
            if (IsMessage(envelope))
            {
                _byCase[envelope.Grain.Key] = new Stages(envelope.Position, (envelope.Time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerMillisecond,
                    committed, unix, mono, double.NaN, double.NaN, envelope.Payload);
            }
        }
    });

    public IEventSubscriber After => new Subscriber(events =>
    {
        var unix = Clock.UnixMs();
        var mono = Clock.MonotonicMs();
        foreach (var envelope in events)
        {
            if (IsMessage(envelope) && _byCase.TryGetValue(envelope.Grain.Key, out var stages) && stages.Position == envelope.Position)
            {
                _byCase[envelope.Grain.Key] = stages with { PublishedUnix = unix, PublishedMono = mono };
            }
        }
    });

    /// <summary>The app's storage with its state writes stamped on return (the commit has happened by then).</summary>
    public IStorageProvider Stamping(IStorageProvider storage) => new StampingStorage(storage, new StampingStates(storage.States, _committed));

    /// <summary>
    /// The stages of the latest message event of a case (rounds are sequential, so: this round's), once LivePublisher
    /// has returned for it (the page may be updated before that, since the practice's push is sent first).
    /// </summary>
    public Stages? Latest(string caseId) => _byCase.TryGetValue(caseId, out var stages) && !double.IsNaN(stages.PublishedUnix) ? stages : null;

    /// <summary>Waits up to <paramref name="timeout"/> for <see cref="Latest"/> to have the case's stages.</summary>
    public async Task<Stages?> SettledAsync(string caseId, TimeSpan timeout)
    {
        var until = Clock.MonotonicMs() + timeout.TotalMilliseconds;
        while (true)
        {
            if (Latest(caseId) is { } stages)
            {
                // The dispatcher can have read the event from the outbox (woken by NOTIFY or a poll) before the write's
                // caller resumed: the write's stamp then comes after the hand-over.
                return double.IsNaN(stages.CommittedUnix) && _committed.TryRemove(stages.Position, out var committed)
                    ? stages with { CommittedUnix = committed }
                    : stages;
            }

            if (Clock.MonotonicMs() > until)
            {
                return null;
            }

            await Task.Delay(1);
        }
    }

    public void Forget(string caseId) => _byCase.TryRemove(caseId, out _);

    private static bool IsMessage(EventEnvelope envelope) => envelope.Type.Contains("PracticeMessageAdded", StringComparison.Ordinal);

    private sealed class Subscriber(Action<IReadOnlyList<EventEnvelope>> stamp) : IEventSubscriber
    {
        public Task OnEventsAsync(IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken)
        {
            stamp(events);
            return Task.CompletedTask;
        }
    }

    private sealed class StampingStates(IStateStore inner, ConcurrentDictionary<long, double> committed) : IStateStore
    {
        public Task<StoredState?> ReadAsync(StateId grain, CancellationToken cancellationToken) => inner.ReadAsync(grain, cancellationToken);

        public async Task<WriteResult> WriteAsync(StateWrite write, CancellationToken cancellationToken)
        {
            var result = await inner.WriteAsync(write, cancellationToken);
            if (result.Positions.Count > 0)
            {
                var unix = Clock.UnixMs();
                foreach (var position in result.Positions)
                {
                    committed[position] = unix;
                }
            }

            return result;
        }
    }

    private sealed class StampingStorage(IStorageProvider inner, IStateStore states) : IStorageProvider, IAsyncDisposable
    {
        public string Name => inner.Name;

        public IStateStore States => states;

        public IEventLog Events => inner.Events;


        public IAuditTrail Audit => inner.Audit;

        public IFirstRuntimeReminders FirstRuntimeReminders => inner.FirstRuntimeReminders;

        public IKeyRingStore Keys => inner.Keys;

        public Task MigrateAsync(CancellationToken cancellationToken) => inner.MigrateAsync(cancellationToken);

        public Task ListenAsync(string ownNode, Action<long?> onCommit, CancellationToken cancellationToken) => inner.ListenAsync(ownNode, onCommit, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            switch (inner)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }
}
