using Microsoft.Data.Sqlite;

namespace HeresHealthy.Silo.Storage.Sqlite;

internal sealed class SqliteFirstRuntimeReminders(Func<CancellationToken, Task<SqliteConnection>> open) : IFirstRuntimeReminders
{
    public async Task<IReadOnlyList<(StateId Grain, string Name)>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT grain_type, grain_key, name FROM reminders ORDER BY due_at";
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
        await using var connection = await open(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM reminders WHERE grain_type = $type AND grain_key = $key AND name = $name";
        command.Parameters.AddWithValue("$type", grain.Type);
        command.Parameters.AddWithValue("$key", grain.Key);
        command.Parameters.AddWithValue("$name", name);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
