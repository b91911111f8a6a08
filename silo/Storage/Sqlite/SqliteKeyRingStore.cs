using Microsoft.Data.Sqlite;

namespace HeresHealthy.Silo.Storage.Sqlite;

internal sealed class SqliteKeyRingStore(string connectionString) : IKeyRingStore
{
    public IReadOnlyList<string> ReadAll()
    {
        using var connection = Open();
        using var command = new SqliteCommand("SELECT xml FROM data_protection_keys ORDER BY created_at, name", connection);
        return DbStrings.ReadAll(command);
    }

    public void Store(string name, string xml)
    {
        using var connection = Open();
        using var command = new SqliteCommand("INSERT OR IGNORE INTO data_protection_keys (name, xml, created_at) VALUES ($n, $x, datetime('now'))", connection);
        command.Parameters.AddWithValue("$n", name);
        command.Parameters.AddWithValue("$x", xml);
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }
}
