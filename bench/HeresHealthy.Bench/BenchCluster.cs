using System.Net.Http.Json;
using System.Text.Json;
using HeresHealthy.Grains;
using HeresHealthy.Testing;
using HeresHealthy.Testing.Processes;
using HeresHealthy.Web.Demo;

namespace HeresHealthy.Bench;

/// <summary>
/// The app as it runs in production, for the cluster loads: a fresh schema on the bench's PostgreSQL with the demo
/// network (seeded by a silo that joins and leaves), and app nodes as processes of their own (`dotnet HeresHealthy.Web.dll`).
/// </summary>
internal sealed class BenchCluster
{
    private static readonly string[] _needs = ["Language"];

    private BenchCluster(PostgresTarget target) => Target = target;

    public PostgresTarget Target { get; }

    /// <summary>The nodes' configuration: PostgreSQL, loopback, and rate limits far above the load (their own tests are in Web.Tests).</summary>
    public Dictionary<string, string> Settings => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = Target.ConnectionString,
        ["Storage:Schema"] = Target.Schema,
        ["Silo:Address"] = "127.0.0.1",
        ["Logging:LogLevel:Default"] = "Warning",
        ["RateLimits:SignInsPerMinute"] = "1000000",
        ["RateLimits:AnonymousPerMinute"] = "1000000",
        ["RateLimits:ReferralBurst"] = "1000000",
        ["RateLimits:ReferralsPerHour"] = "1000000",
        ["Security:IdleTimeout"] = "08:00:00",
    };

    public static async Task<BenchCluster> SeedAsync()
    {
        var target = new PostgresTarget(BenchPostgres.ConnectionString);
        await using (var seeder = await SiloNode.StartAsync(target, services: services => services.AddHeresHealthyGrains()))
        {
            await DemoSeeding.SeedAsync(seeder.Grains, DateTimeOffset.UtcNow);
        }

        return new BenchCluster(target);
    }

    public Task<NodeProcess> StartNodeAsync(IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = Settings;
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return NodeProcess.StartAsync(settings);
    }

    /// <summary>A signed-in API client (cookie and anti-forgery header), as the pages hold one.</summary>
    public static async Task<HttpClient> SignInAsync(Uri app, string userName, string password = DemoAccounts.Password)
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new System.Net.CookieContainer(), MaxConnectionsPerServer = 1024 })
        {
            BaseAddress = app,
            Timeout = TimeSpan.FromSeconds(30),
        };
        using var response = await client.PostAsJsonAsync("/api/session", new { userName, password });
        response.EnsureSuccessStatusCode();
        var session = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", session.GetProperty("csrfToken").GetString());
        return client;
    }

    /// <summary>Signs in and returns the Cookie header a browser of that session sends (for a hub connection).</summary>
    public static async Task<string> SessionCookieAsync(Uri app, string userName)
    {
        var cookies = new System.Net.CookieContainer();
        using var client = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies }) { BaseAddress = app, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await client.PostAsJsonAsync("/api/session", new { userName, password = DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        return cookies.GetCookieHeader(app);
    }

    /// <summary>A referral of a fictitious family; returns its case id.</summary>
    public static async Task<string> ReferAsync(HttpClient practice)
    {
        var now = DateTimeOffset.UtcNow;
        using var response = await practice.PostAsJsonAsync("/api/referrals", new
        {
            commandId = Guid.NewGuid().ToString(),
            municipality = "Herne",
            district = "Sodingen",
            needs = _needs,
            familyPresentNow = false,
            family = new { guardianName = "Sabine Beispiel", childFirstName = "Emma", childBirthYear = 2023, phone = "0176 5550123", preferredLanguage = "de", mayCallWhileInPractice = true },
            consent = new { givenBy = "Sabine Beispiel", givenAt = now, feedbackToPractice = true, validUntil = now.AddYears(1) },
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;
    }

    public static Task<HttpResponseMessage> MessageAsync(HttpClient practice, string caseId, string text) =>
        practice.PostAsJsonAsync($"/api/referrals/{caseId}/messages", new { commandId = Guid.NewGuid().ToString(), text });
}
