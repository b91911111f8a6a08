using HeresHealthy.Web.Cli;
using HeresHealthy.Web.Hosting;

if (await HeresCli.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddHeresHealthy();

var app = builder.Build();
app.MapHeresHealthy();
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
