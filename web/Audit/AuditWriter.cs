using System.Collections.Concurrent;
using System.Threading.Channels;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Web.Audit;

/// <summary>
/// Group commit for the audit trail: one background loop appends everything queued in one transaction. A request awaits
/// its own entries (<see cref="RecordAsync"/>) before it is answered. Live pushes only enqueue (<see cref="Enqueue"/>):
/// their rows wait for the next transaction that a request's rows start, or at most <see cref="BackgroundDelay"/>, so
/// that pushes add no transaction of their own; they are best effort on a crash (they can be recomputed from the outbox).
/// </summary>
public sealed class AuditWriter(IStorageProvider storage, TimeProvider time, ILogger<AuditWriter> logger) : BackgroundService
{
    public const int MaxBatch = 500;

    /// <summary>How long a push's row may wait for a request's transaction before it gets one of its own.</summary>
    public static readonly TimeSpan BackgroundDelay = TimeSpan.FromSeconds(1);

    private readonly Channel<(IReadOnlyList<AuditEntry> Entries, TaskCompletionSource Done)> _queue =
        Channel.CreateUnbounded<(IReadOnlyList<AuditEntry>, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly ConcurrentQueue<AuditEntry> _background = new();

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

    /// <summary>Queues a row without waiting for it and without waking the writer (live pushes).</summary>
    public void Enqueue(string actor, string action, string? caseId, int status) =>
        _background.Enqueue(new AuditEntry(time.GetUtcNow(), actor, action, caseId, status));

    /// <summary>Stores everything still queued before it returns, even if the loop never ran (a stop right after the start).</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
        while (await WriteBatchAsync())
        {
        }
    }

    /// <summary>Runs until the channel is completed at shutdown and both queues are drained.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await WaitAsync() | await WriteBatchAsync())
        {
        }
    }

    /// <summary>Appends what is queued, up to <see cref="MaxBatch"/> rows, in one transaction; false if nothing was.</summary>
    private async Task<bool> WriteBatchAsync()
    {
        var waiting = new List<TaskCompletionSource>();
        var rows = new List<AuditEntry>();
        while (rows.Count < MaxBatch && _queue.Reader.TryRead(out var item))
        {
            rows.AddRange(item.Entries);
            waiting.Add(item.Done);
        }

        while (rows.Count < MaxBatch && _background.TryDequeue(out var entry))
        {
            rows.Add(entry);
        }

        if (rows.Count == 0)
        {
            return false;
        }

        try
        {
            // In time order within the batch: a push's row that waited comes before the request rows that took it along.
            await storage.Audit.AppendAsync([.. rows.OrderBy(row => row.Time)], CancellationToken.None);
            waiting.ForEach(done => done.TrySetResult());
        }
        catch (Exception error)
        {
            logger.AuditAppendFailed(error, rows.Count);
            waiting.ForEach(done => done.TrySetException(error));
        }

        return true;
    }

    // Until a request's rows arrive, or BackgroundDelay has passed (then pushes' rows go alone). False once the channel is
    // closed and empty.
    private async Task<bool> WaitAsync()
    {
        using var timeout = new CancellationTokenSource(BackgroundDelay, time);
        try
        {
            return await _queue.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }
}
