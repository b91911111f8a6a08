using System.Text.Json.Serialization;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Silo.Providers;

/// <summary>
/// Base of an Orleans grain state whose changes are published: the events a grain raises into <see cref="Outbox"/>
/// are committed by <see cref="OutboxGrainStorage"/> in the same transaction as the state, as rows of the outbox (with
/// a per-grain sequence and a global position), never as part of the stored state.
/// </summary>
public abstract class OutboxState
{
    /// <summary>Events raised since the last write; emptied by the write that commits them.</summary>
    [JsonIgnore]
    public List<PendingEvent> Outbox { get; } = [];

    /// <summary>Audit rows to commit with the next write (a request's row); emptied by that write.</summary>
    [JsonIgnore]
    public List<AuditEntry> Audit { get; } = [];

    /// <summary>The grain's last committed event sequence (0: none), set by the storage on read and write.</summary>
    [JsonIgnore]
    public long EventSequence { get; set; }

    /// <summary>Queues an event, stored under its stable name (<see cref="EventTypes"/>) with the next write.</summary>
    public void Raise(object @event) => Outbox.Add(new PendingEvent(
        EventTypes.NameOf(@event.GetType()),
        System.Text.Json.JsonSerializer.Serialize(@event, @event.GetType(), SiloJson.Options)));
}
