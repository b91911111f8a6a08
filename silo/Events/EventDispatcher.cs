using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HeresHealthy.Silo.Events;

/// <summary>
/// Hands the events of every commit in position order to every subscriber:
/// this node's own commits straight from the write, everything else read from the outbox, which it reads when a
/// notification names a position not delivered yet (or an unknown one), after a gap in its own commits, at start and at
/// every poll interval. A notification of its own commit, already delivered, costs no read.
/// </summary>
internal sealed class EventDispatcher(
    IStorageProvider storage,
    CommitSignal commits,
    IServiceProvider services,
    IOptions<SiloOptions> options,
    TimeProvider time,
    ILogger<EventDispatcher> logger) : BackgroundService
{
    private readonly SiloOptions _options = options.Value;
    private EventFeed? _feed;

    /// <summary>Fixes the starting position before the host reports started, so no commit after start is missed.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        _feed = new EventFeed(storage.Events, await storage.Events.ReadHeadAsync(cancellationToken) + 1);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var subscribers = services.GetServices<IEventSubscriber>().ToArray();
        var feed = _feed ?? throw new InvalidOperationException("The dispatcher runs only after StartAsync.");
        var listening = storage.ListenAsync(_options.NodeId, commits.Notified, stoppingToken);
        var poll = true; // at start: whatever was committed before this node listened
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchAvailableAsync(feed, subscribers, poll, stoppingToken);
                poll = !await commits.WaitAsync(_options.EventPollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                logger.OutboxReadFailed(error, feed.NextPosition);
                poll = true;
                await Task.Delay(_options.EventPollInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        await listening.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task DispatchAvailableAsync(EventFeed feed, IEventSubscriber[] subscribers, bool poll, CancellationToken cancellationToken)
    {
        var handed = commits.TakeLocal();
        var local = feed.Accept(handed);
        if (local.Count > 0)
        {
            await DeliverAsync(local, subscribers, cancellationToken);
        }

        // The outbox is read only when it may hold something not delivered: see the class summary.
        var afterGap = feed.StoppedAtGap || (handed.Count > 0 && handed[^1].Position >= feed.NextPosition);
        if (!commits.MayHaveMore(feed.NextPosition) && !afterGap && !poll)
        {
            return;
        }

        while (true)
        {
            var events = await feed.ReadAsync(_options.EventBatchSize, cancellationToken);
            if (events.Count == 0)
            {
                return;
            }

            await DeliverAsync(events, subscribers, cancellationToken);
        }
    }

    private async Task DeliverAsync(IReadOnlyList<EventEnvelope> events, IEventSubscriber[] subscribers, CancellationToken cancellationToken)
    {
        foreach (var subscriber in subscribers)
        {
            try
            {
                await subscriber.OnEventsAsync(events, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // One failing subscriber must not stop the others from hearing of commits.
                logger.SubscriberFailed(error, subscriber.GetType().Name);
            }
        }
    }
}
