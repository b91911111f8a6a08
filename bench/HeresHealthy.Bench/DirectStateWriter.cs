using System.Text.Json;
using HeresHealthy.Bench.Grains;
using HeresHealthy.Silo;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Storage.Postgres;
using Npgsql;

namespace HeresHealthy.Bench;

/// <summary>
/// The floor of a persisted grain write: the ledger's state change and event, serialized as the grain does, sent as
/// the very SQL the runtime sends (<see cref="PostgresSql.UpdateState"/> bound by <see cref="PostgresStateStore.Bind"/>)
/// straight through Npgsql, with no grain, turn or store in between. Tracks the version it expects, as the grain does.
/// </summary>
internal sealed class DirectStateWriter(NpgsqlDataSource dataSource, PostgresSql sql, StateId grain, string node)
{
    private static readonly string _eventType = EventTypes.NameOf(typeof(AmountRecorded));
    private readonly LedgerState _state = new();
    private long _version;

    /// <summary>Writes the next entry; the first write inserts the row, every later one updates it conditionally.</summary>
    public async Task<long> RecordAsync(int amount)
    {
        await using var command = dataSource.CreateCommand(_version == 0 ? sql.InsertState : sql.UpdateState);
        PostgresStateStore.Bind(command.Parameters, Next(amount), sql.Channel);
        await using var reader = await command.ExecuteReaderAsync();
        return await VersionAsync(reader);
    }

    /// <summary>
    /// The same write and, in the same batch (one round trip, one implicit transaction), <paramref name="insert"/> with
    /// the parameters <paramref name="bind"/> adds: the floor of a write that carries an audit row.
    /// </summary>
    public async Task<long> RecordWithAsync(int amount, string insert, Action<NpgsqlParameterCollection> bind)
    {
        await using var batch = dataSource.CreateBatch();
        var state = new NpgsqlBatchCommand(_version == 0 ? sql.InsertState : sql.UpdateState);
        PostgresStateStore.Bind(state.Parameters, Next(amount), sql.Channel);
        batch.BatchCommands.Add(state);
        var row = new NpgsqlBatchCommand(insert);
        bind(row.Parameters);
        batch.BatchCommands.Add(row);
        await using var reader = await batch.ExecuteReaderAsync();
        return await VersionAsync(reader);
    }

    private StateWrite Next(int amount)
    {
        _state.Entries++;
        _state.Balance += amount;
        var recorded = new AmountRecorded(amount, _state.Balance);
        return new StateWrite(
            grain,
            _version,
            JsonSerializer.Serialize(_state, SiloJson.Options),
            [new PendingEvent(_eventType, JsonSerializer.Serialize(recorded, SiloJson.Options))],
            Actor: null,
            node,
            DateTimeOffset.UtcNow);
    }

    private async Task<long> VersionAsync(NpgsqlDataReader reader)
    {
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException($"The direct write of {grain} expected version {_version} and found another.");
        }

        _version = reader.GetInt64(0);
        return _version;
    }
}
