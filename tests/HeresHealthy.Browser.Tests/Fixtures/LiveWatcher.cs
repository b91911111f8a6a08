using System.Collections.Concurrent;
using System.Net.Http.Json;
using HeresHealthy.Web.Live;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>
/// A signed-in live client as a page holds one, through the balancer: a SignalR connection that reconnects by itself
/// and then catches up from the last position it saw (as wwwroot/js/live.js does). It keeps every push it was given,
/// live or by catch-up, keyed as the page keys them (position, topic, case).
/// </summary>
public sealed class LiveWatcher : IAsyncDisposable
{
    private readonly ConcurrentDictionary<(long Position, string Topic, string? CaseId), int> _received = new();
    private readonly HubConnection _connection;
    private long _lastPosition;
    private long _positionAtLoss;
    private int _reconnects;

    private LiveWatcher(HubConnection connection, string node)
    {
        (_connection, Node) = (connection, node);
        _connection.On<LivePush>(nameof(ILiveClient.Push), Keep);
        // As the page holds pushes back until its catch-up answered, the catch-up starts where the connection was lost:
        // a push that arrives right after the reconnect must not move the start past what was missed.
        _connection.Reconnecting += _ =>
        {
            Interlocked.Exchange(ref _positionAtLoss, Interlocked.Read(ref _lastPosition));
            return Task.CompletedTask;
        };
        _connection.Reconnected += async _ =>
        {
            Interlocked.Increment(ref _reconnects);
            await CatchUpAsync(Interlocked.Read(ref _positionAtLoss));
        };
    }

    /// <summary>The node the balancer sent this client's hub requests to (host:port).</summary>
    public string Node { get; }

    public int Reconnects => _reconnects;

    /// <summary>How often a catch-up was refused (the client then connected again).</summary>
    public int CatchUpFailures { get; private set; }

    /// <summary>The highest position received: the next catch-up starts after it.</summary>
    public long LastPosition => Interlocked.Read(ref _lastPosition);

    public HubConnectionState State => _connection.State;

    /// <summary>Every push received at least once.</summary>
    public IReadOnlyCollection<(long Position, string Topic, string? CaseId)> Received => [.. _received.Keys];

    /// <summary>Signs in as <paramref name="userName"/> through the balancer and connects to the hub there.</summary>
    public static async Task<LiveWatcher> ConnectAsync(Uri balancer, string userName)
    {
        var cookies = new System.Net.CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = balancer };
        (await client.PostAsJsonAsync("/api/session", new { userName, password = DemoLogin.Password })).EnsureSuccessStatusCode();
        using var probe = await client.GetAsync("/hubs/live");
        var node = probe.Headers.TryGetValues("X-Heres-Upstream", out var values) ? values.Single() : throw new InvalidOperationException("The balancer names no node.");
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(balancer, "/hubs/live"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.Cookies = cookies;
            })
            .WithAutomaticReconnect(new EveryHalfSecond())
            .Build();
        var watcher = new LiveWatcher(connection, node);
        await connection.StartAsync();
        await connection.InvokeAsync<LivePush[]>(nameof(LiveHub.CatchUp), long.MaxValue - 1); // the groups are joined once this answers
        return watcher;
    }

    /// <summary>What a client that connects now gets by catching up from <paramref name="position"/>: the reference of what this one should have.</summary>
    /// <remarks>Read in pages (a page ends where the hub's catch-up limit ends it), as a page catching up after a long absence would.</remarks>
    public async Task<IReadOnlyCollection<(long Position, string Topic, string? CaseId)>> CatchUpFromAsync(long position)
    {
        var pushes = new List<(long, string, string?)>();
        for (var page = await _connection.InvokeAsync<LivePush[]>(nameof(LiveHub.CatchUp), position); page.Length > 0;
             page = await _connection.InvokeAsync<LivePush[]>(nameof(LiveHub.CatchUp), page.Max(p => p.Position)))
        {
            pushes.AddRange(page.Select(p => (p.Position, p.Topic, p.CaseId)));
        }

        return pushes;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    /// <summary>As the page does: catch up from the position before the loss; if that fails, connect again and catch up then.</summary>
    private async Task CatchUpAsync(long from)
    {
        try
        {
            foreach (var push in await _connection.InvokeAsync<LivePush[]>(nameof(LiveHub.CatchUp), from))
            {
                Keep(push);
            }
        }
        catch (HubException)
        {
            CatchUpFailures++;
            await _connection.StopAsync();
            await Task.Delay(500);
            await _connection.StartAsync();
            await CatchUpAsync(from);
        }
    }

    private void Keep(LivePush push)
    {
        _received.AddOrUpdate((push.Position, push.Topic, push.CaseId), 1, (_, n) => n + 1);
        long seen;
        while ((seen = Interlocked.Read(ref _lastPosition)) < push.Position && Interlocked.CompareExchange(ref _lastPosition, push.Position, seen) != seen)
        {
            // another push moved it meanwhile: compare again
        }
    }

    private sealed class EveryHalfSecond : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext context) =>
            context.ElapsedTime < TimeSpan.FromMinutes(2) ? TimeSpan.FromMilliseconds(500) : null;
    }
}
