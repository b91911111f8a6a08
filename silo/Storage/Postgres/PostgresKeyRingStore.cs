using Npgsql;

namespace HeresHealthy.Silo.Storage.Postgres;

internal sealed class PostgresKeyRingStore(NpgsqlDataSource dataSource, PostgresSql sql) : IKeyRingStore
{
    public IReadOnlyList<string> ReadAll()
    {
        using var command = dataSource.CreateCommand($"SELECT xml FROM {sql.Schema}.data_protection_keys ORDER BY created_at, name");
        return DbStrings.ReadAll(command);
    }

    public void Store(string name, string xml)
    {
        using var command = dataSource.CreateCommand(
            $"INSERT INTO {sql.Schema}.data_protection_keys (name, xml, created_at) VALUES ($1, $2, now()) ON CONFLICT (name) DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = xml });
        command.ExecuteNonQuery();
    }
}
