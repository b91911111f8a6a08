using System.Globalization;
using Npgsql;

namespace HeresHealthy.Silo.Storage.Postgres;

/// <summary>LISTENs for commit notifications of other nodes; reconnects after a dropped connection.</summary>
internal static class PostgresListener
{
    public static async Task RunAsync(NpgsqlDataSource dataSource, string channel, string ownNode, Action<long?> onCommit, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                connection.Notification += (_, e) =>
                {
                    var (position, node) = Parse(e.Payload);
                    if (node != ownNode)
                    {
                        onCommit(position);
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                }

                // Whatever was committed while we were not listening is found by reading the outbox.
                onCommit(null);
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

    /// <summary>PostgresSql's payload: the highest position appended, a space, the node; a position alone from older nodes.</summary>
    private static (long? Position, string? Node) Parse(string payload)
    {
        var space = payload.IndexOf(' ', StringComparison.Ordinal);
        var position = space < 0 ? payload : payload[..space];
        var node = space < 0 ? null : payload[(space + 1)..];
        return (long.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null, node);
    }
}
