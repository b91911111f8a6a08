using System.Buffers;
using System.IO.Pipelines;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>
/// A SignalR client connection over one WebSocket, as <c>HubConnection</c> expects it: a duplex pipe, filled from
/// the socket by one pump and drained into it by another. Hand-written because the package with the client's own
/// transports (Microsoft.AspNetCore.Http.Connections.Client) cannot be restored here (shared/PACKAGES.md).
/// </summary>
internal sealed class WebSocketConnection : ConnectionContext
{
    private static readonly TimeSpan _closeTimeout = TimeSpan.FromSeconds(5);
    private readonly WebSocket _socket;
    private readonly Pipe _fromServer = new();
    private readonly Pipe _toServer = new();
    private readonly Task _receiving;
    private readonly Task _sending;

    public WebSocketConnection(WebSocket socket)
    {
        _socket = socket;
        Transport = new DuplexPipe(_fromServer.Reader, _toServer.Writer);
        _receiving = PumpFromServerAsync();
        _sending = PumpToServerAsync();
    }

    public override string ConnectionId { get; set; } = Guid.NewGuid().ToString("N");

    public override IFeatureCollection Features { get; } = new FeatureCollection();

    public override IDictionary<object, object?> Items { get; set; } = new Dictionary<object, object?>();

    public override IDuplexPipe Transport { get; set; }

    public override void Abort(ConnectionAbortedException abortReason) => _socket.Abort();

    /// <summary>Closes the socket the polite way (the server answers the close), or aborts it if the server does not.</summary>
    public override async ValueTask DisposeAsync()
    {
        _toServer.Reader.CancelPendingRead();
        await _sending;
        if (await Task.WhenAny(_receiving, Task.Delay(_closeTimeout)) != _receiving)
        {
            _socket.Abort();
        }

        await _receiving;
        _socket.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>Server to client: every frame's bytes go into the pipe the HubConnection reads; a close ends it.</summary>
    private async Task PumpFromServerAsync()
    {
        var pipe = _fromServer.Writer;
        try
        {
            while (true)
            {
                var received = await _socket.ReceiveAsync(pipe.GetMemory(4096), CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                pipe.Advance(received.Count);
                if ((await pipe.FlushAsync()).IsCompleted)
                {
                    break;
                }
            }

            await pipe.CompleteAsync();
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Handed on: the HubConnection's next read fails with it and the connection closes with this error.
            await pipe.CompleteAsync(error);
        }
    }

    /// <summary>Client to server: whatever the HubConnection flushed goes out as one text message; completion closes the socket.</summary>
    private async Task PumpToServerAsync()
    {
        var pipe = _toServer.Reader;
        try
        {
            while (true)
            {
                var read = await pipe.ReadAsync();
                var buffer = read.Buffer;
                if (!buffer.IsEmpty)
                {
                    var message = buffer.IsSingleSegment ? buffer.First : buffer.ToArray();
                    await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
                }

                pipe.AdvanceTo(buffer.End);
                if (read.IsCompleted || read.IsCanceled)
                {
                    break;
                }
            }

            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }

            await pipe.CompleteAsync();
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Handed on: the HubConnection's next write fails with it.
            await pipe.CompleteAsync(error);
        }
    }

    private sealed record DuplexPipe(PipeReader Input, PipeWriter Output) : IDuplexPipe;
}
