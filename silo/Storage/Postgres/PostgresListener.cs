using Npgsql;

namespace HeresHealthy.Silo.Storage.Postgres;

/// <summary>LISTENs for commit notifications of other nodes; reconnects after a dropped connection.</summary>
internal static class PostgresListener
{
    public static async Task RunAsync(NpgsqlDataSource dataSource, string channel, Action onCommit, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                connection.Notification += (_, _) => onCommit();
                await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                }

                // Whatever was committed while we were not listening is found by reading the outbox.
                onCommit();
                while (true)
                {
                    await connection.WaitAsync(cancellationToken);
                }
            }
            catch (NpgsqlException)
            {
                // Missed notifications are covered by the dispatcher's polling; retry the connection shortly.
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }
}
