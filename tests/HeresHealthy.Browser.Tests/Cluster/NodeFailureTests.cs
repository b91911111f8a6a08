using System.Diagnostics;
using System.Net.Http.Json;
using HeresHealthy.Browser.Tests.Fixtures;

namespace HeresHealthy.Browser.Tests.Cluster;

/// <summary>
/// kill -9 of one of two nodes: every referral acknowledged before answers afterwards through the survivor (its grains
/// move there once the dead node is declared dead), and takes new commands, each carried out once.
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
            using var onSurvivor = await app.ApiAsync("praxis05", survivor.Address);
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
