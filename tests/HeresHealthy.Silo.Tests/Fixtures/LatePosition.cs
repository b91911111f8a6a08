using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo.Storage.Postgres;
using Npgsql;

namespace HeresHealthy.Silo.Tests.Fixtures;

/// <summary>Runs the writer's own statement in a transaction a test holds open, so that its position commits late.</summary>
public static class LatePosition
{
    public static async Task<long> DrawAsync(NpgsqlTransaction transaction, string schema, StateWrite write, CancellationToken cancellationToken)
    {
        var sql = new PostgresSql(schema);
        await using var command = new NpgsqlCommand(sql.InsertState, transaction.Connection, transaction);
        PostgresStateStore.Bind(command.Parameters, write, sql.Channel);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        Assert.True(await reader.ReadAsync(cancellationToken));
        return reader.GetFieldValue<long[]>(2)[0];
    }
}
