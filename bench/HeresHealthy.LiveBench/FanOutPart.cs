using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace HeresHealthy.LiveBench;

/// <summary>
/// One push to many .NET hub clients over real TCP: the coordinator's board push (every case change of the network
/// reaches the group coordinator:{network}) to N connections of the account koordination, against the bare hub
/// broadcasting the same payload to N connections. Rounds alternate real and bare.
/// </summary>
public sealed class FanOutPart(RealApp real, BareApp bare, int clients, int changes, int warmup, TextWriter log)
{
    public List<double> RealLast { get; } = [];

    public List<double> RealMedian { get; } = [];

    /// <summary>The last connection's receipt − the time just before the HTTP request was sent: the other bound of the commit.</summary>
    public List<double> RealLastFromRequest { get; } = [];

    public List<double> BareLast { get; } = [];

    public List<double> BareMedian { get; } = [];

    public List<int> PayloadBytes { get; } = [];

    /// <summary>Measured real rounds whose server stamps were missing or not of the round's own message (left out).</summary>
    public int Unmatched { get; private set; }

    /// <summary>Where the real side's time went, per round, in ms (see <see cref="PipelineProbe"/>).</summary>
    public Dictionary<string, List<double>> Breakdown { get; } = [];

    public double ConnectSecondsReal { get; private set; }

    public double ConnectSecondsBare { get; private set; }

    public int Timeouts { get; private set; }

    public async Task RunAsync()
    {
        using var coordinator = await Api.SignInAsync(real.BaseAddress, "koordination");
        using var practice = await Api.SignInAsync(real.BaseAddress, "praxis01");
        var cases = await practice.MessageableCasesAsync();

        var realReceiver = new Receiver(clients);
        var bareReceiver = new Receiver(clients);
        var realHub = new Uri(real.BaseAddress, "/hubs/live");
        var bareHub = new Uri(bare.BaseAddress, "/hubs/bare");

        var started = Clock.MonotonicMs();
        var realConnections = await ConnectAllAsync(realHub, coordinator.CookieHeader, realReceiver);
        ConnectSecondsReal = (Clock.MonotonicMs() - started) / 1000;
        started = Clock.MonotonicMs();
        var bareConnections = await ConnectAllAsync(bareHub, null, bareReceiver);
        ConnectSecondsBare = (Clock.MonotonicMs() - started) / 1000;
        log.WriteLine(FormattableString.Invariant($"fan-out: {clients} connections as koordination in {ConnectSecondsReal:F1} s, {clients} to the bare hub in {ConnectSecondsBare:F1} s; {warmup} warm-up + {changes} measured rounds"));

        try
        {
            for (var i = 0; i < warmup + changes; i++)
            {
                var caseId = cases[i % cases.Count];
                realReceiver.Arm(i);
                real.Probe.Forget(caseId);
                var requested = Clock.MonotonicMs();
                var commandId = Guid.NewGuid().ToString();
                if (!await practice.MessageAsync(caseId, $"[fan {i}]", commandId))
                {
                    throw new InvalidOperationException($"The message to {caseId} was refused.");
                }

                var commit = Clock.MonotonicMs();
                var realDone = await realReceiver.WaitAsync();
                var payload = realReceiver.Captured ?? throw new InvalidOperationException("Connection 0 kept no payload.");

                bareReceiver.Arm(i);
                var send = Clock.MonotonicMs();
                await bare.Hub.Clients.All.SendAsync("Push", payload);
                var bareDone = await bareReceiver.WaitAsync();

                if (i < warmup)
                {
                    continue;
                }

                PayloadBytes.Add(payload.GetRawText().Length);
                // As in the browser part, t_commit is the server's: the dispatcher's hand-over of this round's own event
                // (the HTTP response waits for its audit row, which competes with the fan-out, and comes far later).
                var stages = await real.Probe.SettledAsync(caseId, TimeSpan.FromSeconds(5));
                if (!realDone)
                {
                    Timeouts++;
                }
                else if (stages is null || !stages.Payload.Contains($"\"{commandId}\"", StringComparison.Ordinal))
                {
                    Unmatched++;
                }
                else
                {
                    var times = realReceiver.Latencies(stages.DispatchedMono);
                    RealLast.Add(times.Max());
                    RealLastFromRequest.Add(times.Max() + stages.DispatchedMono - requested);
                    RealMedian.Add(Summary.Of(times).Median);
                    Add("2 event raised → dispatcher hands it over", stages.DispatchedUnix - stages.RaisedUnix);
                    Add("3 handed over → LivePublisher returned (incl. writing to every connection of the group)", stages.PublishedMono - stages.DispatchedMono);
                    Add("4 LivePublisher returned → last connection received", times.Max() + stages.DispatchedMono - stages.PublishedMono);
                    Add("(HTTP response arrives − dispatcher hands over)", commit - stages.DispatchedMono);
                }

                if (bareDone)
                {
                    var times = bareReceiver.Latencies(send);
                    BareLast.Add(times.Max());
                    BareMedian.Add(Summary.Of(times).Median);
                }
                else
                {
                    Timeouts++;
                }
            }
        }
        finally
        {
            await DisposeAllAsync(realConnections);
            await DisposeAllAsync(bareConnections);
        }
    }

    private void Add(string stage, double ms)
    {
        if (!Breakdown.TryGetValue(stage, out var values))
        {
            Breakdown[stage] = values = [];
        }

        values.Add(ms);
    }

    private async Task<List<HubConnection>> ConnectAllAsync(Uri hub, string? cookie, Receiver receiver)
    {
        var connections = new HubConnection[clients];
        using var gate = new SemaphoreSlim(32);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async index =>
        {
            await gate.WaitAsync();
            try
            {
                var connection = new HubConnectionBuilder()
                    .WithUrl(hub, options =>
                    {
                        // A WebSocket without negotiation: each connection is one request, as in the runs that
                        // docs/benchmarks.md records.
                        options.Transports = HttpTransportType.WebSockets;
                        options.SkipNegotiation = true;
                        if (cookie is not null)
                        {
                            options.Headers["Cookie"] = cookie;
                        }

                        options.WebSocketConfiguration = socket => socket.KeepAliveInterval = TimeSpan.Zero; // SignalR pings on its own
                    })
                    .Build();
                connection.On<JsonElement>("Push", push => receiver.OnPush(index, push));
                await connection.StartAsync();
                connections[index] = connection;
            }
            finally
            {
                gate.Release();
            }
        }));
        return [.. connections];
    }

    private static async Task DisposeAllAsync(List<HubConnection> connections)
    {
        foreach (var chunk in connections.Chunk(100))
        {
            await Task.WhenAll(chunk.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    /// <summary>When each connection first received a board push in the current round.</summary>
    private sealed class Receiver(int count)
    {
        private readonly double[] _at = new double[count];
        private readonly int[] _round = Enumerable.Repeat(-1, count).ToArray();
        private int _current = -1;
        private int _received;
        private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public JsonElement? Captured { get; private set; }

        public void Arm(int round)
        {
            _received = 0;
            Captured = null;
            _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _current, round);
        }

        public void OnPush(int index, JsonElement push)
        {
            var now = Clock.MonotonicMs();
            if (!push.TryGetProperty("topic", out var topic) || topic.GetString() != "board")
            {
                return;
            }

            var round = Volatile.Read(ref _current);
            if (Interlocked.Exchange(ref _round[index], round) == round)
            {
                return;
            }

            _at[index] = now;
            if (index == 0)
            {
                Captured = push.Clone();
            }

            if (Interlocked.Increment(ref _received) == count)
            {
                _done.TrySetResult();
            }
        }

        public async Task<bool> WaitAsync()
        {
            var done = _done.Task;
            return await Task.WhenAny(done, Task.Delay(TimeSpan.FromSeconds(60))) == done;
        }

        public double[] Latencies(double from) => [.. _at.Select(at => at - from)];
    }
}
