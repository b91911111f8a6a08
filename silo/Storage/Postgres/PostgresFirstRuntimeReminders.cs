using Npgsql;

namespace HeresHealthy.Silo.Storage.Postgres;

internal sealed class PostgresFirstRuntimeReminders(NpgsqlDataSource dataSource, PostgresSql sql) : IFirstRuntimeReminders
{
    public async Task<IReadOnlyList<(StateId Grain, string Name)>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT grain_type, grain_key, name FROM {sql.Schema}.reminders ORDER BY due_at");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(StateId, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((new StateId(reader.GetString(0), reader.GetString(1)), reader.GetString(2)));
        }

        return rows;
    }

    public async Task DeleteAsync(StateId grain, string name, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"DELETE FROM {sql.Schema}.reminders WHERE grain_type = $1 AND grain_key = $2 AND name = $3");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Type });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
