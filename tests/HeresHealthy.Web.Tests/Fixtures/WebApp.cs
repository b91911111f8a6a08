using HeresHealthy.Web.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.Hosting;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>
/// The app in Development on its own temporary SQLite file, so that the demo network, its accounts and its cases are
/// seeded. One instance serves the whole assembly; tests stay out of each other's way by using their own cases and
/// the accounts <see cref="DemoUsers"/> gives them.
/// </summary>
public class WebApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"heres-web-tests-{Guid.NewGuid():N}.db");

    public static Uri BaseAddress { get; } = new("http://localhost");

    /// <summary>The app's SQLite database, for the command-line tools and for searching what is stored.</summary>
    public string SqliteConnectionString => $"Data Source={_database}";

    /// <summary>Starts the host: schema migrations and demo seeding run before the first request is served.</summary>
    public virtual ValueTask InitializeAsync()
    {
        _ = Server;
        return ValueTask.CompletedTask;
    }

    /// <summary>A client of <paramref name="factory"/> (this app or a variant of it) keeping its cookies in <paramref name="cookies"/>.</summary>
    public static ApiClient ClientOf(WebApplicationFactory<Program> factory, System.Net.CookieContainer cookies) =>
        new(factory.CreateDefaultClient(BaseAddress, new CookieContainerHandler(cookies)), cookies);

    /// <summary>A client without a session; it keeps the cookies it is given.</summary>
    public ApiClient Anonymous()
    {
        var cookies = new System.Net.CookieContainer();
        return ClientOf(this, cookies);
    }

    /// <summary>A client that sends the cookies of another client's Cookie header, as a thief of those cookies would.</summary>
    public ApiClient WithCookies(string cookieHeader)
    {
        var cookies = new System.Net.CookieContainer();
        cookies.SetCookies(BaseAddress, cookieHeader.Replace("; ", ",", StringComparison.Ordinal));
        return ClientOf(this, cookies);
    }

    /// <summary>A client signed in as a demo account.</summary>
    public async Task<ApiClient> SignInAsync(string account)
    {
        var client = Anonymous();
        using var response = await client.SignInAsync(account, DemoAccounts.Password);
        Assert.True(response.IsSuccessStatusCode, $"Signing in as {account} answered {(int)response.StatusCode}.");
        return client;
    }

    /// <summary>A live connection to the hub with the session of <paramref name="user"/>, or with none.</summary>
    public Task<LiveClient> ConnectLiveAsync(ApiClient? user) => LiveClient.ConnectAsync(Server, user?.CookieHeader, TestContext.Current.CancellationToken);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { _database, $"{_database}-wal", $"{_database}-shm" })
        {
            File.Delete(file);
        }

        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        ConfigureStorage(builder);
        // The tests sign in and refer far more often than people do; RateLimitTests checks the limits on their own app.
        builder.UseSetting("RateLimits:SignInsPerMinute", "100000");
        builder.UseSetting("RateLimits:ReferralBurst", "100000");
        builder.UseSetting("RateLimits:AnonymousPerMinute", "100000");
    }

    /// <summary>Where the app keeps its data: here a temporary SQLite file, which also seeds the demo.</summary>
    protected virtual void ConfigureStorage(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", SqliteConnectionString);
    }
}
