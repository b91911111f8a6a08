namespace HeresHealthy.Silo.Storage.Memory;

/// <summary>State and outbox under one lock, so commits happen in position order; a write's audit rows are appended under it too.</summary>
internal sealed class MemoryStateStore(MemoryAuditTrail audit) : IStateStore, IEventLog
{
    private readonly Lock _lock = new();
    private readonly Dictionary<StateId, StoredState> _states = [];
    private readonly List<EventEnvelope> _events = [];

    public Task<StoredState?> ReadAsync(StateId grain, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_states.GetValueOrDefault(grain));
        }
    }

    public Task<WriteResult> WriteAsync(StateWrite write, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var current = _states.GetValueOrDefault(write.Grain);
            if ((current?.Version ?? 0) != write.ExpectedVersion)
            {
                throw new InconsistentStateException(write.Grain, write.ExpectedVersion);
            }

            var sequence = current?.EventSequence ?? 0;
            var positions = new List<long>(write.Events.Count);
            foreach (var pending in write.Events)
            {
                var position = _events.Count + 1;
                _events.Add(new EventEnvelope(position, write.Grain, ++sequence, pending.Type, pending.Payload, write.Actor, write.Node, write.Time));
                positions.Add(position);
            }

            var stored = new StoredState(write.Payload, write.ExpectedVersion + 1, sequence);
            _states[write.Grain] = stored;
            if (write.Audit.Count > 0)
            {
                audit.Append(write.Audit);
            }

            return Task.FromResult(new WriteResult(stored.Version, sequence, positions));
        }
    }

    public Task<EventPage> ReadAsync(long fromPosition, int max, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var start = (int)Math.Max(fromPosition - 1, 0);
            var page = _events.Skip(start).Take(max).ToList();
            return Task.FromResult(new EventPage(page, SnapshotHorizon.Settled));
        }
    }

    public Task<long> ReadHeadAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult((long)_events.Count);
        }
    }
}
