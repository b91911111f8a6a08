using System.Data.Common;

namespace HeresHealthy.Silo.Storage;

/// <summary>Reads audit rows (columns in the order of the audit_trail table) from a query of any SQL provider.</summary>
internal static class AuditRows
{
    public const string Columns = "sequence, occurred_at, actor, action, case_id, status, previous_hash, hash";

    public static async Task<IReadOnlyList<AuditRecord>> ReadAsync(DbCommand command, Func<DbDataReader, DateTimeOffset> readTime, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<AuditRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new AuditRecord(
                reader.GetInt64(0),
                readTime(reader),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetInt32(5),
                reader.GetString(6),
                reader.GetString(7)));
        }

        return rows;
    }
}
