using System.Globalization;
using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using OrleansGrainId = Orleans.Runtime.GrainId;

namespace HeresHealthy.Silo.Providers;

/// <summary>
/// Orleans grain storage for states that publish their changes (<see cref="OutboxState"/>): a write stores the state
/// with the events and audit rows it carries in one transaction of the project's state store (grain_state, grain_events
/// with positions, audit_trail; PostgreSQL also notifies the other nodes), conditional on the version read (the ETag).
/// A committed write hands its events to this node's dispatcher at once. The stored grain type is the state name, so
/// the rows are the ones the event subscribers (live pushes, board) already read. Orleans itself has no outbox.
/// A database out of reach surfaces as <see cref="StorageUnreachableException"/>, which Orleans can carry to a caller on
/// another node (the driver's own exceptions it cannot serialize).
/// </summary>
public sealed class OutboxGrainStorage(IStorageProvider storage, CommitSignal commits, TimeProvider time, string node, ILogger<OutboxGrainStorage> logger) : IGrainStorage
{
    public const string Name = "outbox";

    public async Task ReadStateAsync<T>(string stateName, OrleansGrainId grainId, IGrainState<T> grainState)
    {
        var stored = await StorageUnreachableException.TranslateAsync(
            () => storage.States.ReadAsync(IdOf(stateName, grainId), CancellationToken.None), error => logger.StorageUnreachable(error, stateName, grainId.ToString()));
        if (stored is null)
        {
            grainState.State = Activator.CreateInstance<T>();
            (grainState.ETag, grainState.RecordExists) = (null, false);
            return;
        }

        grainState.State = System.Text.Json.JsonSerializer.Deserialize<T>(stored.Payload, SiloJson.Options)
            ?? throw new System.Text.Json.JsonException($"The stored state of {stateName}/{grainId} is null.");
        (grainState.ETag, grainState.RecordExists) = (stored.Version.ToString(CultureInfo.InvariantCulture), true);
        if (grainState.State is OutboxState outbox)
        {
            outbox.EventSequence = stored.EventSequence;
        }
    }

    public async Task WriteStateAsync<T>(string stateName, OrleansGrainId grainId, IGrainState<T> grainState)
    {
        var outbox = grainState.State as OutboxState;
        var expected = grainState.ETag is { } etag ? long.Parse(etag, CultureInfo.InvariantCulture) : 0;
        var write = new StateWrite(
            IdOf(stateName, grainId),
            expected,
            System.Text.Json.JsonSerializer.Serialize(grainState.State, SiloJson.Options),
            [.. outbox?.Outbox ?? []],
            RequestContext.Get(ActorKey) as string,
            node,
            time.GetUtcNow().ToUniversalTime()) { Audit = [.. outbox?.Audit ?? []] };
        WriteResult result;
        try
        {
            result = await StorageUnreachableException.TranslateAsync(
                () => storage.States.WriteAsync(write, CancellationToken.None), error => logger.StorageUnreachable(error, stateName, grainId.ToString()));
        }
        catch (InconsistentStateException conflict)
        {
            throw new global::Orleans.Storage.InconsistentStateException(conflict.Message, storedEtag: null, currentEtag: grainState.ETag);
        }
        catch
        {
            // The write may have committed before its answer was lost: this node's own commits are not notified to it,
            // so have the dispatcher look in the outbox now rather than at its next poll.
            commits.Notified(null);
            throw;
        }

        (grainState.ETag, grainState.RecordExists) = (result.Version.ToString(CultureInfo.InvariantCulture), true);
        if (outbox is not null)
        {
            outbox.Outbox.Clear();
            outbox.Audit.Clear();
            outbox.EventSequence = result.EventSequence;
        }

        commits.Pulse(Committed(write, result));
    }

    /// <summary>A state is never deleted (its outbox rows refer to it): clearing stores the empty state.</summary>
    public Task ClearStateAsync<T>(string stateName, OrleansGrainId grainId, IGrainState<T> grainState)
    {
        grainState.State = Activator.CreateInstance<T>();
        return WriteStateAsync(stateName, grainId, grainState);
    }

    /// <summary>The request context key under which the acting user (role:account) travels into grain calls.</summary>
    public const string ActorKey = "heres.actor";

    private static StateId IdOf(string stateName, OrleansGrainId grainId) => new(stateName, grainId.Key.ToString()!);

    private static IEnumerable<EventEnvelope> Committed(StateWrite write, WriteResult result)
    {
        var first = result.EventSequence - result.Positions.Count + 1;
        return result.Positions.Select((position, i) => new EventEnvelope(
            position, write.Grain, first + i, write.Events[i].Type, write.Events[i].Payload, write.Actor, write.Node, write.Time));
    }
}
