using System.Net.Http.Json;
using System.Text.Json;
using HeresHealthy.Browser.Tests.Fixtures;
using HeresHealthy.Testing;
using static Microsoft.Playwright.Assertions;

namespace HeresHealthy.Browser.Tests.Cluster;

/// <summary>
/// Two app processes on one PostgreSQL database form one Orleans cluster (membership in the database): a grain activated
/// through one node answers through the other, a coordinator whose browser is connected to node 1 sees live a referral
/// sent through node 2, and a read on one node right after a command answered on the other shows the command's effect.
/// The demo network is seeded by a third silo that joins the cluster and leaves.
/// </summary>
public sealed class TwoNodeClusterTests(BrowserApp app)
{
    [Fact]
    public async Task Two_processes_on_one_database_are_one_cluster_and_a_browser_on_node_1_sees_live_what_node_2_did()
    {
        var (target, node1, node2) = await TwoNodeCluster.StartAsync();
        await using (node1)
        await using (node2)
        {
            Assert.Equal(2L, await PostgresServer.ScalarAsync($"SELECT count(*) FROM {target.Schema}.orleans_membership WHERE status = 3"));

            await using var koordination = await app.SignInAsync("koordination", app: node1.Address);
            await koordination.WaitUntilLiveAsync();
            await koordination.MarkPageAsync();
            using var praxisOnNode2 = await app.ApiAsync("praxis03", node2.Address);
            var referral = Referral.New();
            var caseId = await referral.SubmitThroughApiAsync(praxisOnNode2);

            await Expect(referral.OnBoardQueue(koordination.Page)).ToHaveCountAsync(1);
            using var praxisOnNode1 = await app.ApiAsync("praxis03", node1.Address);
            using var view = await praxisOnNode1.GetAsync($"/api/referrals/{caseId}", TestContext.Current.CancellationToken);
            Assert.True(view.IsSuccessStatusCode, $"node 1 answers for the case node 2 created: {(int)view.StatusCode}\n{node1.Output}");
            await koordination.AssertNotReloadedAsync();
        }
    }

    [Fact]
    public async Task A_read_on_one_node_right_after_a_command_answered_on_the_other_shows_its_effect()
    {
        const int rounds = 100;
        var (_, node1, node2) = await TwoNodeCluster.StartAsync();
        await using (node1)
        await using (node2)
        {
            var practices = new[] { await app.ApiAsync("praxis04", node1.Address), await app.ApiAsync("praxis04", node2.Address) };
            var staleLists = 0;
            var staleViews = 0;
            for (var round = 0; round < rounds; round++)
            {
                var (writer, reader) = (practices[round % 2], practices[(round + 1) % 2]);
                var caseId = await Referral.New().SubmitThroughApiAsync(writer);
                var list = await reader.GetFromJsonAsync<JsonElement>("/api/referrals", TestContext.Current.CancellationToken);
                staleLists += list.EnumerateArray().Any(r => r.GetProperty("caseId").GetString() == caseId) ? 0 : 1;
                using var view = await reader.GetAsync($"/api/referrals/{caseId}", TestContext.Current.CancellationToken);
                staleViews += view.IsSuccessStatusCode ? 0 : 1;
            }

            foreach (var practice in practices)
            {
                practice.Dispose();
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"read your own write over {rounds} rounds alternating nodes: {staleLists} stale lists, {staleViews} stale case views");
            Assert.Equal((0, 0), (staleLists, staleViews));
        }
    }

    /// <summary>
    /// Each node runs with a home folder of its own (as on machines of their own): the session cookie and anti-forgery
    /// token one node issued are valid on the other because the data-protection keys live in the database, and stay
    /// valid after both nodes restarted.
    /// </summary>
    [Fact]
    public async Task A_session_begun_on_one_node_is_valid_on_the_other_and_after_both_restarted()
    {
        var (_, node1, node2) = await TwoNodeCluster.StartAsync();
        await using (node1)
        await using (node2)
        {
            using var cookies = new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() };
            using var onNode1 = new HttpClient(cookies, disposeHandler: false) { BaseAddress = node1.Address };
            using var onNode2 = new HttpClient(cookies, disposeHandler: false) { BaseAddress = node2.Address };
            using var signIn = await onNode1.PostAsJsonAsync("/api/session", new { userName = "praxis02", password = DemoLogin.Password }, TestContext.Current.CancellationToken);
            signIn.EnsureSuccessStatusCode();
            var csrf = (await signIn.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("csrfToken").GetString();
            onNode2.DefaultRequestHeaders.Add("X-CSRF-TOKEN", csrf);
            var caseId = await Referral.New().SubmitThroughApiAsync(onNode2);

            await node1.StopAsync();
            await node2.StopAsync();
            await node2.StartAgainAsync();
            await node1.StartAgainAsync();
            using var afterRestart = await onNode2.PostAsJsonAsync($"/api/referrals/{caseId}/messages",
                new { commandId = Guid.NewGuid().ToString(), text = "Nach dem Neustart beider Knoten." }, TestContext.Current.CancellationToken);
            Assert.True(afterRestart.IsSuccessStatusCode, $"{(int)afterRestart.StatusCode}: {await afterRestart.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        }
    }
}
