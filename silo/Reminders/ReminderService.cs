using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Runtime;
using HeresHealthy.Silo.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HeresHealthy.Silo.Reminders;

/// <summary>Claims due reminders with a lease, fires each in a turn of its grain, then deletes or reschedules it.</summary>
internal sealed class ReminderService(
    IStorageProvider storage,
    GrainRuntime runtime,
    IOptions<SiloOptions> options,
    TimeProvider time,
    ILogger<ReminderService> logger) : BackgroundService
{
    private readonly SiloOptions _options = options.Value;

    /// <summary>Fires every reminder due now; returns how many fired.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var fired = 0;
        while (true)
        {
            var now = time.GetUtcNow();
            var claimed = await storage.Reminders.ClaimDueAsync(runtime.NodeId, now, _options.ReminderLease, _options.ReminderBatchSize, cancellationToken);
            if (claimed.Count == 0)
            {
                return fired;
            }

            await Task.WhenAll(claimed.Select(reminder => FireAsync(reminder, now, cancellationToken)));
            fired += claimed.Count;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_options.ReminderPollInterval == Timeout.InfiniteTimeSpan)
        {
            return; // polling off: due reminders fire only when FireDueAsync is called (tests, tools)
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FireDueAsync(stoppingToken);
                await Task.Delay(_options.ReminderPollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                logger.ReminderClaimFailed(error);
                await Task.Delay(_options.ReminderPollInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task FireAsync(Reminder reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await runtime.FireReminderAsync(reminder);
        }
        catch (Exception error)
        {
            // The lease runs out and the reminder is claimed again, here or on another node.
            logger.ReminderFailed(error, reminder.Name, reminder.Grain);
            return;
        }

        await storage.Reminders.CompleteAsync(reminder, runtime.NodeId, NextDue(reminder, now), cancellationToken);
    }

    private static DateTimeOffset? NextDue(Reminder reminder, DateTimeOffset now)
    {
        if (reminder.Period is not { } period || period <= TimeSpan.Zero)
        {
            return null;
        }

        var missed = (long)((now - reminder.DueAt) / period) + 1;
        return reminder.DueAt + (period * missed);
    }
}
