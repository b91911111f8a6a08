using System.Diagnostics;
using System.Net.Http.Json;
using HeresHealthy.Browser.Tests.Fixtures;

namespace HeresHealthy.Browser.Tests.Cluster;

/// <summary>
/// kill -9 of one of two nodes: every referral acknowledged before answers afterwards through the survivor (its grains
/// move there once the dead node is declared dead), and takes new commands, each carried out once. A frozen node
/// (SIGSTOP) is declared dead too, and when it wakes it stops (or rejoins) without storing anything twice.
/// </summary>
public sealed class NodeFailureTests(BrowserApp app)
{
    [Fact]
    public async Task After_kill_9_of_one_node_every_acknowledged_referral_answers_and_takes_commands_on_the_other()
    {
        const int referrals = 20;
        var (_, survivor, victim) = await TwoNodeCluster.StartAsync();
        await using (survivor)
        await using (victim)
        {
            using var onVictim = await app.ApiAsync("praxis05", victim.Address);
            var acknowledged = new List<string>();
            for (var i = 0; i < referrals; i++)
            {
                acknowledged.Add(await Referral.New().SubmitThroughApiAsync(onVictim));
            }

            victim.Kill();
            var clock = Stopwatch.StartNew();
            using var onSurvivor = await SignInAgainAsync(survivor);
            var answered = 0;
            var messaged = 0;
            foreach (var caseId in acknowledged)
            {
                answered += await RetryAsync(() => onSurvivor.GetAsync($"/api/referrals/{caseId}", TestContext.Current.CancellationToken)) ? 1 : 0;
                var command = new { commandId = Guid.NewGuid().ToString(), text = "Nach dem Ausfall: Termin steht." };
                messaged += await RetryAsync(() => onSurvivor.PostAsJsonAsync($"/api/referrals/{caseId}/messages", command, TestContext.Current.CancellationToken)) ? 1 : 0;
            }

            TestContext.Current.TestOutputHelper?.WriteLine(
                $"kill -9 of one of two nodes: {answered} of {referrals} acknowledged referrals answered and {messaged} took a message on the survivor, all within {clock.Elapsed.TotalSeconds:F1} s");
            Assert.Equal((referrals, referrals), (answered, messaged));
            var list = await onSurvivor.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/referrals", TestContext.Current.CancellationToken);
            Assert.All(acknowledged, caseId => Assert.Single(list.EnumerateArray(), r => r.GetProperty("caseId").GetString() == caseId));
        }
    }

    [Fact]
    public async Task A_frozen_node_is_declared_dead_its_grains_answer_elsewhere_and_it_corrupts_nothing_when_it_wakes()
    {
        const int referrals = 10;
        var (target, survivor, frozen) = await TwoNodeCluster.StartAsync();
        await using (survivor)
        await using (frozen)
        {
            using var onFrozen = await app.ApiAsync("praxis05", frozen.Address);
            var acknowledged = new List<string>();
            for (var i = 0; i < referrals; i++)
            {
                acknowledged.Add(await Referral.New().SubmitThroughApiAsync(onFrozen));
            }

            frozen.Freeze(true);
            var clock = Stopwatch.StartNew();
            using var onSurvivor = await SignInAgainAsync(survivor);
            var messages = acknowledged.ToDictionary(caseId => caseId, _ => Guid.NewGuid().ToString());
            var messaged = 0;
            foreach (var (caseId, commandId) in messages)
            {
                messaged += await RetryAsync(() => onSurvivor.PostAsJsonAsync($"/api/referrals/{caseId}/messages",
                    new { commandId, text = "Während der Ausfall lief." }, TestContext.Current.CancellationToken)) ? 1 : 0;
            }

            var takenOver = clock.Elapsed;
            frozen.Freeze(false);
            var wokeAt = clock.Elapsed;
            var gone = await Task.Run(async () =>
            {
                while (!frozen.HasExited && clock.Elapsed - wokeAt < TimeSpan.FromSeconds(30))
                {
                    await Task.Delay(200);
                }

                return frozen.HasExited;
            });
            var events = Convert.ToInt64(await HeresHealthy.Testing.PostgresServer.ScalarAsync(
                $"SELECT count(*) FROM {target.Schema}.grain_events WHERE grain_type = 'case' AND event_type = 'PracticeMessageAdded'"), System.Globalization.CultureInfo.InvariantCulture);

            TestContext.Current.TestOutputHelper?.WriteLine(
                $"SIGSTOP of one of two nodes: {messaged} of {referrals} cases took a message on the survivor after {takenOver.TotalSeconds:F1} s; woken, the frozen node {(gone ? "stopped by itself" : "still runs")}; {events} message events stored");
            Assert.Equal(referrals, messaged);
            Assert.Equal(referrals, events);
            if (!gone)
            {
                // It rejoined instead: then it must answer as one of the cluster.
                using var again = await app.ApiAsync("praxis05", frozen.Address);
                Assert.True(await RetryAsync(() => again.GetAsync($"/api/referrals/{acknowledged[0]}", TestContext.Current.CancellationToken)));
            }
        }
    }

    /// <summary>
    /// Signs in on the surviving node as the user of the other one would, again until it works: her account grain may
    /// have lived on the lost node, and until that node is declared dead the sign-in answers a German 503.
    /// </summary>
    private async Task<HttpClient> SignInAgainAsync(NodeProcess survivor)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await app.ApiAsync("praxis05", survivor.Address);
            }
            catch (HttpRequestException refused) when (refused.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(200);
            }
        }
    }

    /// <summary>Sends the request again (the same command id: at most once) until it succeeds or 30 s have passed.</summary>
    private static async Task<bool> RetryAsync(Func<Task<HttpResponseMessage>> send)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                using var response = await send();
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // the survivor is busy taking over
            }

            await Task.Delay(200);
        }

        return false;
    }
}
