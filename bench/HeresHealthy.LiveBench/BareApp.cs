using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.FileProviders;

namespace HeresHealthy.LiveBench;

/// <summary>A plain hub with no methods: the floor of a push.</summary>
public sealed class BareHub : Hub;

/// <summary>
/// The floor: a minimal ASP.NET Core app in this process with a plain hub at /hubs/bare and a static page
/// (bare/index.html) that loads the same signalr.min.js as the real pages, from web/wwwroot/lib/signalr.
/// </summary>
public sealed class BareApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    public BareApp(string repositoryRoot)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSignalR();
        _app = builder.Build();
        var signalr = Path.Combine(repositoryRoot, "web", "wwwroot", "lib", "signalr");
        if (!File.Exists(Path.Combine(signalr, "signalr.min.js")))
        {
            throw new InvalidOperationException($"{signalr}/signalr.min.js is missing: build web/ first (it copies the npm package there).");
        }

        _app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "bare")) });
        _app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "bare")) });
        _app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(signalr), RequestPath = "/lib/signalr" });
        _app.MapHub<BareHub>("/hubs/bare");
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    public IHubContext<BareHub> Hub => _app.Services.GetRequiredService<IHubContext<BareHub>>();

    public async Task StartAsync()
    {
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    /// <summary>Broadcasts one payload to every connection; returns the Unix time in ms taken just before the send.</summary>
    public async Task<double> PushAsync(JsonElement payload)
    {
        var sent = Clock.UnixMs();
        await Hub.Clients.All.SendAsync("Push", payload);
        return sent;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
