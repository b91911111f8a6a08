using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Runtime;
using HeresHealthy.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HeresHealthy.Silo.Events;

/// <summary>
/// Reads the outbox after each local commit, each NOTIFY from another node and every poll interval, and hands the
/// events in position order to the runtime (to drop stale activations) and to every subscriber.
/// </summary>
internal sealed class EventDispatcher(
    IStorageProvider storage,
    GrainRuntime runtime,
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
        var listening = storage.ListenAsync(commits.Pulse, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchAvailableAsync(feed, subscribers, stoppingToken);
                await commits.WaitAsync(_options.EventPollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                logger.OutboxReadFailed(error, feed.NextPosition);
                await Task.Delay(_options.EventPollInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        await listening.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task DispatchAvailableAsync(EventFeed feed, IEventSubscriber[] subscribers, CancellationToken cancellationToken)
    {
        var local = feed.Accept(commits.TakeLocal());
        if (local.Count > 0)
        {
            await DeliverAsync(local, subscribers, cancellationToken);
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
        foreach (var committed in events)
        {
            runtime.OnRemoteCommit(committed);
        }

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
