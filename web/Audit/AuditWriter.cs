using System.Threading.Channels;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Web.Audit;

/// <summary>
/// Group commit for the audit trail: entries queue on a channel and one background loop appends everything queued in one
/// transaction. A request awaits its own entries (<see cref="RecordAsync"/>) before it is answered; live pushes only
/// enqueue (<see cref="Enqueue"/>), so they are best effort on a crash (they can be recomputed from the outbox).
/// </summary>
public sealed class AuditWriter(IStorageProvider storage, TimeProvider time, ILogger<AuditWriter> logger) : BackgroundService
{
    public const int MaxBatch = 500;
    private readonly Channel<(IReadOnlyList<AuditEntry> Entries, TaskCompletionSource? Done)> _queue =
        Channel.CreateUnbounded<(IReadOnlyList<AuditEntry>, TaskCompletionSource?)>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Records one row per case id (one row without a case if there is none) and waits until they are stored.</summary>
    public Task RecordAsync(string actor, string action, IReadOnlyCollection<string> caseIds, int status)
    {
        var now = time.GetUtcNow();
        AuditEntry[] entries = caseIds.Count == 0
            ? [new AuditEntry(now, actor, action, null, status)]
            : [.. caseIds.Select(caseId => new AuditEntry(now, actor, action, caseId, status))];
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _queue.Writer.TryWrite((entries, done))
            ? done.Task
            : throw new InvalidOperationException("The audit trail is closed (the app is stopping): the request is not answered.");
    }

    /// <summary>Queues a row without waiting for it (live pushes).</summary>
    public void Enqueue(string actor, string action, string? caseId, int status) =>
        _queue.Writer.TryWrite(([new AuditEntry(time.GetUtcNow(), actor, action, caseId, status)], null));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    /// <summary>Runs until the channel is completed at shutdown and drained, so nothing queued is dropped on a clean stop.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<(IReadOnlyList<AuditEntry> Entries, TaskCompletionSource? Done)>();
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            var rows = 0;
            while (rows < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
                rows += item.Entries.Count;
            }

            try
            {
                await storage.Audit.AppendAsync([.. batch.SelectMany(b => b.Entries)], CancellationToken.None);
                batch.ForEach(b => b.Done?.TrySetResult());
            }
            catch (Exception error)
            {
                logger.AuditAppendFailed(error, rows);
                batch.ForEach(b => b.Done?.TrySetException(error));
            }

            batch.Clear();
        }
    }
}
