using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>
/// The real app on a real loopback port (Kestrel), in Development, on its own SQLite file: the demo network and its
/// accounts are seeded at start, as on a developer's machine.
/// </summary>
public sealed class HeresHealthyApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("heres-browser-").FullName;
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="settings">Configuration on top of the defaults, for a test that needs an app of its own.</param>
    public HeresHealthyApp(IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        UseKestrel(0);
    }

    /// <summary>The address the browser opens, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    /// <summary>Starts the server (the demo is seeded before this returns) and reads the port Kestrel chose.</summary>
    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reports no address.");
        var address = addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(_folder, "hereshealthy.db")}");
        builder.UseSetting("Demo:Enabled", "true");
        // Many more sign-ins and referrals than people make; the limits themselves are tested in Web.Tests.
        builder.UseSetting("RateLimits:SignInsPerMinute", "100000");
        builder.UseSetting("RateLimits:ReferralBurst", "100000");
        builder.UseSetting("RateLimits:AnonymousPerMinute", "100000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
