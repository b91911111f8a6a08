using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeresHealthy.Bench;

/// <summary>
/// The floor of a live push, as a process of its own like an app node: a plain SignalR hub (/hubs/bare) whose
/// connections join the group named in their query string, and POST /push/{group}, which sends its JSON body to that
/// group and answers once it is written to every connection. Started by `HeresHealthy.Bench.dll bare-hub` with
/// ASPNETCORE_URLS.
/// </summary>
internal static class BareHubServer
{
    public static async Task RunAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.MapHub<GroupHub>("/hubs/bare");
        app.MapPost("/push/{group}", async (string group, JsonElement body, IHubContext<GroupHub> hub) =>
        {
            await hub.Clients.Group(group).SendAsync("Push", body);
            return Results.Ok();
        });
        app.MapGet("/health", () => Results.Ok());
        await app.RunAsync();
    }

    public sealed class GroupHub : Hub
    {
        public override Task OnConnectedAsync() =>
            Context.GetHttpContext()?.Request.Query["group"].ToString() is { Length: > 0 } group
                ? Groups.AddToGroupAsync(Context.ConnectionId, group)
                : Task.CompletedTask;
    }
}
