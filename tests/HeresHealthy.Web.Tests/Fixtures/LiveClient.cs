using System.Collections.Concurrent;
using System.Net;
using HeresHealthy.Testing;
using HeresHealthy.Web.Live;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>A real hub connection (SignalR client, JSON protocol) that keeps every push it receives, in order.</summary>
public sealed class LiveClient : IAsyncDisposable
{
    private static readonly Uri _hub = new("ws://localhost/hubs/live");
    private readonly ConcurrentQueue<ReceivedPush> _pushes = new();

    private LiveClient(HubConnection connection)
    {
        Connection = connection;
        Connection.On<ReceivedPush>(nameof(ILiveClient.Push), _pushes.Enqueue);
    }

    public HubConnection Connection { get; }

    public IReadOnlyList<ReceivedPush> Pushes => [.. _pushes];

    /// <summary>Connects with the given Cookie header (a signed-in browser's), or none.</summary>
    public static async Task<LiveClient> ConnectAsync(TestServer server, string? cookie, CancellationToken cancellationToken)
    {
        var sockets = server.CreateWebSocketClient();
        sockets.ConfigureRequest = request =>
        {
            if (cookie is not null)
            {
                request.Headers.Cookie = cookie;
            }
        };
        var builder = new HubConnectionBuilder();
        builder.Services.AddSingleton<IConnectionFactory>(new WebSocketConnectionFactory(sockets.ConnectAsync));
        builder.Services.AddSingleton<EndPoint>(new UriEndPoint(_hub));
        var client = new LiveClient(builder.Build());
        try
        {
            await client.Connection.StartAsync(cancellationToken);
            await client.EnsureJoinedAsync(cancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    public async Task<IReadOnlyList<ReceivedPush>> CatchUpAsync(long lastPosition) =>
        await Connection.InvokeAsync<ReceivedPush[]>(nameof(LiveHub.CatchUp), lastPosition, TestContext.Current.CancellationToken);

    /// <summary>Waits for the first push that matches, and returns it.</summary>
    public async Task<ReceivedPush> WaitForAsync(Func<ReceivedPush, bool> match, string what)
    {
        ReceivedPush? found = null;
        await Eventually.HoldsAsync(() => (found = Pushes.FirstOrDefault(match)) is not null, what);
        return found ?? throw new InvalidOperationException(what);
    }

    public IReadOnlyList<ReceivedPush> About(string caseId) => [.. Pushes.Where(p => p.CaseId == caseId)];

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    /// <summary>
    /// The hub joins a connection's groups in OnConnectedAsync, which may end after the handshake that completed
    /// StartAsync; invocations are only dispatched after it. One round trip (a catch-up from the far future, which
    /// returns nothing) therefore means the groups are joined and no push is missed.
    /// </summary>
    private async Task EnsureJoinedAsync(CancellationToken cancellationToken) =>
        await Connection.InvokeAsync<ReceivedPush[]>(nameof(LiveHub.CatchUp), long.MaxValue - 1, cancellationToken);
}
