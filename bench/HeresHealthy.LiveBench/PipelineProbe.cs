using System.Collections.Concurrent;
using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.LiveBench;

/// <summary>When a case event passed the stages of the real app's pipeline, in Unix ms (the browser's clock) and monotonic ms.</summary>
public sealed record Stages(long Position, double RaisedUnix, double DispatchedUnix, double DispatchedMono, double PublishedUnix, double PublishedMono);

/// <summary>
/// Two event subscribers around the app's LivePublisher (the dispatcher calls subscribers in registration order):
/// the first stamps when the dispatcher hands a batch over (after commit, NOTIFY, LISTEN wake and outbox read), the
/// second when LivePublisher has returned (audience computed with its grain calls, views serialized and written to
/// the group's connections). Both are cheap: a dictionary write per event.
/// </summary>
public sealed class PipelineProbe
{
    private readonly ConcurrentDictionary<long, (double Unix, double Mono)> _dispatched = new();
    private readonly ConcurrentDictionary<string, Stages> _byCase = new();

    public IEventSubscriber Before => new Subscriber(events =>
    {
        var unix = Clock.UnixMs();
        var mono = Clock.MonotonicMs();
        foreach (var envelope in events)
        {
            _dispatched[envelope.Position] = (unix, mono);
        }
    });

    public IEventSubscriber After => new Subscriber(events =>
    {
        var unix = Clock.UnixMs();
        var mono = Clock.MonotonicMs();
        foreach (var envelope in events)
        {
            if (_dispatched.TryRemove(envelope.Position, out var dispatched) && envelope.Type.Contains("PracticeMessageAdded", StringComparison.Ordinal))
            {
                _byCase[envelope.Grain.Key] = new Stages(envelope.Position, (envelope.Time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerMillisecond,
                    dispatched.Unix, dispatched.Mono, unix, mono);
            }
        }
    });

    /// <summary>The stages of the latest message event of a case (rounds are sequential, so: this round's).</summary>
    public Stages? Latest(string caseId) => _byCase.TryGetValue(caseId, out var stages) ? stages : null;

    public void Forget(string caseId) => _byCase.TryRemove(caseId, out _);

    private sealed class Subscriber(Action<IReadOnlyList<EventEnvelope>> stamp) : IEventSubscriber
    {
        public Task OnEventsAsync(IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken)
        {
            stamp(events);
            return Task.CompletedTask;
        }
    }
}
