using System.Collections.Concurrent;
using HeresHealthy.Testing;
using HeresHealthy.Web.Live;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>A real hub connection (SignalR client, JSON protocol) that keeps every push it receives, in order.</summary>
public sealed class LiveClient : IAsyncDisposable
{
    private static readonly Uri _hub = new("http://localhost/hubs/live");
    private readonly ConcurrentQueue<ReceivedPush> _pushes = new();

    private LiveClient(HubConnection connection)
    {
        Connection = connection;
        Connection.On<ReceivedPush>(nameof(ILiveClient.Push), _pushes.Enqueue);
    }

    public HubConnection Connection { get; }

    public IReadOnlyList<ReceivedPush> Pushes => [.. _pushes];

    /// <summary>
    /// Connects with the given Cookie header (a signed-in browser's), or none. The WebSocket is opened through the
    /// TestServer (it has no socket of its own) with no negotiation first: the hub's one request is the WebSocket's,
    /// which carries the cookie.
    /// </summary>
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
        var connection = new HubConnectionBuilder()
            .WithUrl(_hub, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, ct) => await sockets.ConnectAsync(context.Uri, ct);
            })
            .Build();
        var client = new LiveClient(connection);
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
