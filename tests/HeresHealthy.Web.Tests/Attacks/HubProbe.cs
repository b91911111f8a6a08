using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>
/// The outsiders' real hub connections while the victim's case changes: every push they received and every item
/// of their catch-ups is looked at for the victim's personal values and, where the role has no business with the
/// case, for its id.
/// </summary>
public sealed class HubProbe(VictimCase victim) : IAsyncDisposable
{
    private readonly List<(Attacker Attacker, ApiClient Client, LiveClient Live)> _listeners = [];

    public int Attempts { get; private set; }

    public List<string> Failures { get; } = [];

    public LiveClient Of(Attacker attacker) => _listeners.Single(l => l.Attacker == attacker).Live;

    public ApiClient ClientOf(Attacker attacker) => _listeners.Single(l => l.Attacker == attacker).Client;

    /// <summary>Connects every attacker with an account (a connection without one is refused: LiveHubTests).</summary>
    public async Task ConnectAsync(WebApp app)
    {
        foreach (var attacker in Attacker.All.Where(a => a.Account is not null))
        {
            var client = await attacker.SignInAsync(app);
            _listeners.Add((attacker, client, await app.ConnectLiveAsync(client)));
        }
    }

    /// <summary>Looks at everything each connection heard, and at its catch-ups from the start and from <paramref name="since"/>.</summary>
    public async Task InspectAsync(long since)
    {
        foreach (var (attacker, _, live) in _listeners)
        {
            var heard = live.Pushes.Select(p => ("push", p))
                .Concat((await live.CatchUpAsync(0)).Select(p => ("catch-up from 0", p)))
                .Concat((await live.CatchUpAsync(since)).Select(p => ($"catch-up from {since}", p)));
            Attempts += 2;
            foreach (var (how, push) in heard)
            {
                Attempts++;
                if (victim.LeakIn(push.ViewText) is { } leaked)
                {
                    Failures.Add($"{attacker} got '{leaked}' in a {how}: {push}");
                }

                if (!attacker.MaySeeCaseId && (push.CaseId == victim.CaseId || push.ViewText.Contains(victim.CaseId, StringComparison.Ordinal)))
                {
                    Failures.Add($"{attacker} heard of the victim's case in a {how}: {push}");
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, client, live) in _listeners)
        {
            await live.DisposeAsync();
            client.Dispose();
        }
    }
}
