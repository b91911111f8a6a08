using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;

namespace HeresHealthy.LiveBench;

/// <summary>
/// Connects SignalR.Client.Core straight over a WebSocket (no negotiation: the server accepts a WebSocket request
/// without a connection id), since Microsoft.AspNetCore.SignalR.Client with its HTTP transports does not restore here.
/// </summary>
public sealed class WebSocketConnectionFactory(Uri hubUri, string? cookie) : IConnectionFactory
{
    public async ValueTask<ConnectionContext> ConnectAsync(EndPoint endpoint, CancellationToken cancellationToken = default)
    {
        var socket = new ClientWebSocket();
        if (cookie is not null)
        {
            socket.Options.SetRequestHeader("Cookie", cookie);
        }

        socket.Options.KeepAliveInterval = TimeSpan.Zero; // SignalR pings on its own
        await socket.ConnectAsync(hubUri, cancellationToken);
        return new WebSocketConnection(socket);
    }
}

/// <summary>One WebSocket as a ConnectionContext: frames in to the input pipe, the output pipe out as text frames.</summary>
internal sealed class WebSocketConnection : ConnectionContext
{
    private readonly ClientWebSocket _socket;
    private readonly Pipe _input = new(new PipeOptions(useSynchronizationContext: false));
    private readonly Pipe _output = new(new PipeOptions(useSynchronizationContext: false));
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;
    private readonly Task _sending;

    public WebSocketConnection(ClientWebSocket socket)
    {
        _socket = socket;
        Transport = new Duplex(_input.Reader, _output.Writer);
        _receiving = Task.Run(ReceiveAsync);
        _sending = Task.Run(SendAsync);
    }

    public override string ConnectionId { get; set; } = Guid.NewGuid().ToString("N");

    public override IFeatureCollection Features { get; } = new FeatureCollection();

    public override IDictionary<object, object?> Items { get; set; } = new Dictionary<object, object?>();

    public override IDuplexPipe Transport { get; set; }

    public override void Abort() => _stop.Cancel();

    public override async ValueTask DisposeAsync()
    {
        await _output.Writer.CompleteAsync();
        await Task.WhenAny(Task.WhenAll(_receiving, _sending), Task.Delay(TimeSpan.FromSeconds(2)));
        await _stop.CancelAsync();
        _socket.Dispose();
        _stop.Dispose();
        await base.DisposeAsync();
    }

    private async Task ReceiveAsync()
    {
        var writer = _input.Writer;
        try
        {
            while (true)
            {
                var memory = writer.GetMemory(16 * 1024);
                var result = await _socket.ReceiveAsync(memory, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                writer.Advance(result.Count);
                var flush = await writer.FlushAsync(_stop.Token);
                if (flush.IsCompleted)
                {
                    break;
                }
            }

            await writer.CompleteAsync();
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            await writer.CompleteAsync();
        }
    }

    private async Task SendAsync()
    {
        var reader = _output.Reader;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(_stop.Token);
                var buffer = result.Buffer;
                if (!buffer.IsEmpty)
                {
                    var message = buffer.IsSingleSegment ? buffer.First : buffer.ToArray();
                    await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _stop.Token);
                }

                reader.AdvanceTo(buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }

            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, _stop.Token);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // the connection is going away
        }

        await reader.CompleteAsync();
    }

    private sealed class Duplex(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
