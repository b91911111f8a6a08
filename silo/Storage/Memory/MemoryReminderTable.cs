using System.Collections.Concurrent;
using System.Globalization;
using OrleansGrainId = Orleans.Runtime.GrainId;

namespace HeresHealthy.Silo.Storage.Memory;

/// <summary>
/// Orleans' reminder table in memory, which a test can share between the silos it starts one after the other on the same
/// <see cref="MemoryStorage"/> (Orleans' own in-memory table lives in one silo and goes with it). Tests only.
/// </summary>
public sealed class MemoryReminderTable : IReminderTable
{
    private readonly ConcurrentDictionary<(OrleansGrainId Grain, string Name), ReminderEntry> _rows = new();
    private long _version;

    public Task<ReminderTableData> ReadRows(OrleansGrainId grainId) =>
        Task.FromResult(new ReminderTableData(_rows.Values.Where(r => r.GrainId == grainId).Select(Copy)));

    public Task<ReminderTableData> ReadRows(uint begin, uint end) =>
        Task.FromResult(new ReminderTableData(_rows.Values.Where(r => InRange(r.GrainId.GetUniformHashCode(), begin, end)).Select(Copy)));

    public Task<ReminderEntry?> ReadRow(OrleansGrainId grainId, string reminderName) =>
        Task.FromResult(_rows.TryGetValue((grainId, reminderName), out var row) ? Copy(row) : null);

    public Task<string?> UpsertRow(ReminderEntry entry)
    {
        var stored = Copy(entry);
        stored.ETag = Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture);
        _rows[(entry.GrainId, entry.ReminderName)] = stored;
        return Task.FromResult<string?>(stored.ETag);
    }

    public Task<bool> RemoveRow(OrleansGrainId grainId, string reminderName, string eTag) =>
        Task.FromResult(_rows.TryGetValue((grainId, reminderName), out var row) && row.ETag == eTag
            && _rows.TryRemove(KeyValuePair.Create((grainId, reminderName), row)));

    public Task TestOnlyClearTable()
    {
        _rows.Clear();
        return Task.CompletedTask;
    }

    // Orleans' ring ranges: (begin, end] when begin < end, otherwise the range wraps around (begin == end: all).
    private static bool InRange(uint hash, uint begin, uint end) => begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private static ReminderEntry Copy(ReminderEntry row) => new()
    {
        GrainId = row.GrainId,
        ReminderName = row.ReminderName,
        StartAt = row.StartAt,
        Period = row.Period,
        ETag = row.ETag,
    };
}
