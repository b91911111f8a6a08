using System.Net;
using HeresHealthy.Testing;
using HeresHealthy.Web.Demo;
using HeresHealthy.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Web.Tests.Hosting;

/// <summary>
/// PostgreSQL goes away under the app and comes back: meanwhile requests that need it answer a German 503 with
/// Retry-After (not a 500, not a hang) and /health says unhealthy; afterwards the app recovers by itself, and a
/// referral sent again with the command id of one refused during the outage is carried out once.
/// </summary>
public sealed class DatabaseOutageTests(WebApp app)
{
    [Fact]
    public async Task While_the_database_is_down_requests_get_a_German_503_and_afterwards_the_app_recovers_by_itself()
    {
        await using var database = await PrivatePostgres.StartAsync();
        await using var own = new OwnApp(app, builder =>
        {
            builder.UseSetting("Storage:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Postgres", database.ConnectionString);
            builder.UseSetting("Storage:Schema", "heres");
            builder.UseSetting("Demo:Enabled", "false");
        });
        await DemoSeeding.SeedAsync(own.Factory.Services.GetRequiredService<IGrainFactory>(), DateTimeOffset.UtcNow);
        using var practice = await own.SignedInAsync("praxis01");
        using var anonymous = own.Client();
        Assert.Equal(HttpStatusCode.OK, (await practice.GetAsync("/api/referrals")).StatusCode);

        await database.StopAsync();
        var referral = Referral.Form();
        using var refused = await practice.PostAsync("/api/referrals", referral);
        using var list = await practice.GetAsync("/api/referrals");
        using var health = await anonymous.GetAsync("/health");

        foreach (var answer in new[] { refused, list })
        {
            Assert.NotNull(answer.Headers.RetryAfter);
            Assert.Equal("Vorübergehend nicht erreichbar", (await Problem.ReadAsync(answer, HttpStatusCode.ServiceUnavailable)).Title);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);

        await database.StartAgainAsync();
        await Eventually.HoldsAsync(async () => (await anonymous.GetAsync("/health")).StatusCode == HttpStatusCode.OK, "the app is healthy again");
        // As a client does after a 503: the same command again until it is answered (connections the pool held through
        // the outage are found broken one by one and dropped, each failing its request once).
        var afterOutage = 0;
        await Eventually.HoldsAsync(async () =>
        {
            afterOutage++;
            using var answer = await practice.PostAsync("/api/referrals", referral);
            return answer.StatusCode == HttpStatusCode.OK;
        }, "the referral refused during the outage is taken");
        using var again = await practice.PostAsync("/api/referrals", referral);
        using var repeated = await practice.PostAsync("/api/referrals", referral);
        TestContext.Current.TestOutputHelper?.WriteLine($"database outage: the referral was taken at attempt {afterOutage} after the database came back");
        var (first, second) = (await CommandAnswer.ReadAsync(again, "referral"), await CommandAnswer.ReadAsync(repeated, "referral again"));
        Assert.Equal((first.CaseId, true, true), (second.CaseId, first.Repeated, second.Repeated));
        using var listed = await practice.GetAsync("/api/referrals");
        using var cases = System.Text.Json.JsonDocument.Parse(await listed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Single(cases.RootElement.EnumerateArray(), r => r.GetProperty("caseId").GetString() == first.CaseId);
    }
}
