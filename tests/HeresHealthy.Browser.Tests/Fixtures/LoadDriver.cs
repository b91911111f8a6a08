using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>
/// Sends commands through the balancer as practices do, one worker per practice account: new referrals and messages
/// to the worker's referrals, each with a command id of its own. A command that fails (no answer, or an error status)
/// is sent once more with the same command id after half a second, as the pages do; what the second attempt answers
/// is its outcome. <see cref="SettleAsync"/> later sends every command without an acknowledgement again until it is
/// acknowledged, and <see cref="CheckStoredAsync"/> counts, in the database, how often each command was carried out.
/// </summary>
public sealed partial class LoadDriver(Uri balancer, IReadOnlyList<string> practices)
{
    private readonly ConcurrentQueue<SentCommand> _sent = new();
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new();

    /// <summary>
    /// Between two commands of a worker, as a person pauses: four workers send about 30 commands a second, a steady
    /// load that keeps the outbox a catch-up reads, and the 2 cores the tests share, within bounds.
    /// </summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    public IReadOnlyList<SentCommand> Sent => [.. _sent];

    /// <summary>The driver's clock: when commands were acknowledged, when a fault began.</summary>
    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    /// <summary>The longest time without any acknowledgement from <paramref name="since"/> on (what users saw of a fault).</summary>
    public TimeSpan LongestPauseSince(TimeSpan since)
    {
        var times = Sent.Select(c => c.AcknowledgedAt).OfType<TimeSpan>().Order().ToList();
        var previous = times.LastOrDefault(t => t <= since, since);
        var longest = TimeSpan.Zero;
        foreach (var time in times.Where(t => t > since))
        {
            longest = time - previous > longest ? time - previous : longest;
            previous = time;
        }

        return longest;
    }

    /// <summary>Runs one worker per practice until <paramref name="stop"/> is cancelled.</summary>
    public Task RunAsync(CancellationToken stop) => Task.WhenAll(practices.Select(practice => Task.Run(() => WorkAsync(practice, stop), CancellationToken.None)));

    /// <summary>Sends every command that has no acknowledgement again (same command id) until it is acknowledged or the time is up.</summary>
    public async Task SettleAsync(TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        foreach (var command in _sent.Where(c => !c.Acknowledged))
        {
            while (!command.Acknowledged && clock.Elapsed < within)
            {
                var (status, caseId) = await TrySendAsync(await ClientOfAsync(command.Practice, CancellationToken.None), command);
                if (status is >= 200 and < 300)
                {
                    command.Settle(caseId);
                }
                else
                {
                    await Task.Delay(250);
                }
            }
        }
    }

    /// <summary>
    /// How often each command was carried out, from the events stored in <paramref name="schema"/>: lost is an
    /// acknowledged command with no event, doubled a command (acknowledged or not) with more than one.
    /// </summary>
    public async Task<(int Lost, int Doubled)> CheckStoredAsync(string connectionString, string schema)
    {
        var carriedOut = new Dictionary<string, int>();
        foreach (var payload in await HeresHealthy.Testing.PostgresServer.TextsAsync(connectionString,
            $"SELECT payload::text FROM {schema}.grain_events WHERE grain_type = 'case' AND event_type IN ('CaseReferred', 'PracticeMessageAdded')"))
        {
            var commandId = JsonDocument.Parse(payload).RootElement.GetProperty("commandId").GetString()!;
            carriedOut[commandId] = carriedOut.GetValueOrDefault(commandId) + 1;
        }

        var sent = Sent;
        return (sent.Count(c => c.Acknowledged && carriedOut.GetValueOrDefault(c.CommandId) == 0),
            sent.Count(c => carriedOut.GetValueOrDefault(c.CommandId) > 1));
    }

    /// <summary>One line for the test output: how the commands fared.</summary>
    public string Summary()
    {
        var sent = Sent;
        var failures = sent.Where(c => c.Outcome is not (Outcome.Acknowledged or Outcome.AcknowledgedOnRetry))
            .GroupBy(c => c.Failure).Select(g => $"{g.Count()}x {g.Key}");
        return $"{sent.Count} commands sent: {sent.Count(c => c.Outcome == Outcome.Acknowledged)} acknowledged, " +
               $"{sent.Count(c => c.Outcome == Outcome.AcknowledgedOnRetry)} acknowledged on the one retry, " +
               $"{sent.Count(c => c.Outcome == Outcome.RefusedClearly)} refused with a German 503, {sent.Count(c => c.Outcome == Outcome.FailedOtherwise)} failed otherwise" +
               (failures.Any() ? $" ({string.Join(", ", failures)})" : "") +
               $"; {sent.Count(c => c.SettledLater)} acknowledged when sent again later";
    }

    private async Task WorkAsync(string practice, CancellationToken stop)
    {
        var cases = new List<string>();
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            HttpClient client;
            try
            {
                client = await ClientOfAsync(practice, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var command = cases.Count == 0 || i % 3 == 0 ? SentCommand.Referral(practice) : SentCommand.Message(practice, cases[i % cases.Count]);
            _sent.Enqueue(command);
            var (status, caseId) = await TrySendAsync(client, command);
            if (status is < 200 or >= 300)
            {
                await Task.Delay(500, CancellationToken.None);
                (status, caseId) = await TrySendAsync(client, command);
                command.Record(status, caseId, retried: true, Clock.Elapsed);
            }
            else
            {
                command.Record(status, caseId, retried: false, Clock.Elapsed);
            }

            if (command.Acknowledged && command.Kind == CommandKind.Referral)
            {
                cases.Add(command.CaseId!);
            }

            if (status == (int)HttpStatusCode.Unauthorized)
            {
                _clients.TryRemove(practice, out _); // the session is gone: sign in again
            }

            await Task.Delay(Pause, CancellationToken.None);
        }
    }

    private async Task<HttpClient> ClientOfAsync(string practice, CancellationToken stop)
    {
        while (true)
        {
            if (_clients.TryGetValue(practice, out var known))
            {
                return known;
            }

            var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = balancer, Timeout = TimeSpan.FromSeconds(30) };
            try
            {
                using var response = await client.PostAsJsonAsync("/api/session", new { userName = practice, password = DemoLogin.Password }, stop);
                if (response.IsSuccessStatusCode)
                {
                    var session = await response.Content.ReadFromJsonAsync<JsonElement>(stop);
                    client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", session.GetProperty("csrfToken").GetString());
                    return _clients.GetOrAdd(practice, client);
                }
            }
            catch (HttpRequestException)
            {
                // the balancer found no node: try again
            }

            client.Dispose();
            await Task.Delay(250, stop);
        }
    }

    /// <summary>One attempt: the status (0: no answer) and, for a referral, the case the answer names.</summary>
    private static async Task<(int Status, string? CaseId)> TrySendAsync(HttpClient client, SentCommand command)
    {
        try
        {
            using var response = await client.PostAsJsonAsync(command.Path, command.Body);
            var body = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode)
            {
                return ((int)response.StatusCode, command.Kind == CommandKind.Referral ? JsonDocument.Parse(body).RootElement.GetProperty("caseId").GetString() : command.CaseId);
            }

            // A 503 counts as a clear refusal only with the German problem the app answers (not nginx's page).
            var status = (int)response.StatusCode;
            return (status == 503 && !GermanProblem().IsMatch(body) ? 1503 : status, null);
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            return (0, null);
        }
    }

    [GeneratedRegex("Vorübergehend nicht erreichbar")]
    private static partial Regex GermanProblem();
}
