using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Connections;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>
/// Connects a HubConnection straight over a WebSocket, skipping negotiation (the server accepts a WebSocket request
/// to the hub's URL as a new connection). <paramref name="open"/> opens the socket, here through the TestServer.
/// </summary>
internal sealed class WebSocketConnectionFactory(Func<Uri, CancellationToken, Task<WebSocket>> open) : IConnectionFactory
{
    public async ValueTask<ConnectionContext> ConnectAsync(EndPoint endpoint, CancellationToken cancellationToken = default)
    {
        var uri = endpoint is UriEndPoint { Uri: var address }
            ? address
            : throw new NotSupportedException($"Only a {nameof(UriEndPoint)} can be connected to, not {endpoint}.");
        return new WebSocketConnection(await open(uri, cancellationToken));
    }
}
