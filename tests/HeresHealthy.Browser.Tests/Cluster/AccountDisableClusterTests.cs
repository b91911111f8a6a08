using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace HeresHealthy.Browser.Tests.Cluster;

/// <summary>
/// An admin disables an account through one node: the account's sessions end on every node at once (the next request
/// on the other node answers 401, its live connection there is closed), and it cannot sign in anywhere.
/// </summary>
public sealed class AccountDisableClusterTests(BrowserApp app)
{
    private const string First = "erstes-Passwort-1";
    private const string Own = "eigenes-Passwort-2026";

    [Fact]
    public async Task Disabling_an_account_on_one_node_ends_its_sessions_and_live_connection_on_the_other_at_once()
    {
        var (_, node1, node2) = await TwoNodeCluster.StartAsync();
        await using (node1)
        await using (node2)
        {
            using var admin = await app.ApiAsync("admin", node1.Address);
            var user = $"kiosk{Guid.NewGuid():N}"[..16];
            using (var created = await admin.PostAsJsonAsync("/api/admin/accounts",
                new { commandId = Guid.NewGuid().ToString("N"), userName = user, displayName = "Kiosk Spätdienst", role = "Kiosk", firstPassword = First }, TestContext.Current.CancellationToken))
            {
                Assert.Equal(HttpStatusCode.OK, created.StatusCode);
            }

            var cookies = new CookieContainer();
            using var onNode2 = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = node2.Address };
            await SignInAndChangePasswordAsync(onNode2, user);
            await using var live = new HubConnectionBuilder()
                .WithUrl(new Uri(node2.Address, "/hubs/live"), options =>
                {
                    options.Transports = HttpTransportType.WebSockets;
                    options.Cookies = cookies;
                })
                .Build();
            var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            live.Closed += _ =>
            {
                closed.TrySetResult();
                return Task.CompletedTask;
            };
            await live.StartAsync(TestContext.Current.CancellationToken);
            using (var before = await onNode2.GetAsync("/api/kiosk/week", TestContext.Current.CancellationToken))
            {
                Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            }

            using (var disabled = await admin.PostAsJsonAsync($"/api/admin/accounts/{user}/disable", new { commandId = Guid.NewGuid().ToString("N") }, TestContext.Current.CancellationToken))
            {
                Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
            }

            using var after = await onNode2.GetAsync("/api/kiosk/week", TestContext.Current.CancellationToken);
            await closed.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            using var anew = new HttpClient { BaseAddress = node2.Address };
            using var signIn = await anew.PostAsJsonAsync("/api/session", new { userName = user, password = Own }, TestContext.Current.CancellationToken);
            TestContext.Current.TestOutputHelper?.WriteLine($"disabled on node 1: the next request on node 2 answered {(int)after.StatusCode}, its live connection there closed, a new sign-in answered {(int)signIn.StatusCode}");
            Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden), (after.StatusCode, signIn.StatusCode));
        }
    }

    /// <summary>The new user's first sign-in (with the first password) and her own password; the client then holds her session.</summary>
    private static async Task SignInAndChangePasswordAsync(HttpClient client, string user)
    {
        using var signIn = await client.PostAsJsonAsync("/api/session", new { userName = user, password = First }, TestContext.Current.CancellationToken);
        signIn.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", (await signIn.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("csrfToken").GetString());
        using var changed = await client.PostAsJsonAsync("/api/session/password", new { currentPassword = First, newPassword = Own }, TestContext.Current.CancellationToken);
        changed.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", (await changed.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("csrfToken").GetString());
    }
}
