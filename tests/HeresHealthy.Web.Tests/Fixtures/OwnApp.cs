using System.Net;
using HeresHealthy.Web.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>
/// A variant of the app with its own SQLite file (demo seeded), for tests that the shared app's other tests would
/// disturb: low limits, or counting what happens while nobody else is connected. Deletes its file when disposed.
/// </summary>
public sealed class OwnApp : IAsyncDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"heres-own-app-{Guid.NewGuid():N}.db");

    public OwnApp(WebApp app, Action<IWebHostBuilder>? configure = null) =>
        Factory = app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={_database}");
            configure?.Invoke(builder);
        });

    public WebApplicationFactory<Program> Factory { get; }

    /// <summary>A client without a session.</summary>
    public ApiClient Client() => WebApp.ClientOf(Factory, new CookieContainer());

    /// <summary>A client signed in as a demo account.</summary>
    public async Task<ApiClient> SignedInAsync(string account)
    {
        var client = Client();
        using var response = await client.SignInAsync(account, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    /// <summary>A live connection to this app's hub with the session of <paramref name="user"/>.</summary>
    public Task<LiveClient> ConnectLiveAsync(ApiClient user) =>
        LiveClient.ConnectAsync(Factory.Server, user.CookieHeader, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        foreach (var file in new[] { _database, $"{_database}-wal", $"{_database}-shm" })
        {
            File.Delete(file);
        }
    }
}
