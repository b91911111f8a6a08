using HeresHealthy.Web.Demo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace HeresHealthy.Web.Tests.Hosting;

/// <summary>The fictitious demo network belongs to the embedded default only, never to production.</summary>
public sealed class DemoModeTests
{
    [Theory]
    [InlineData("Development", null, null, true)]
    [InlineData("Development", "Sqlite", null, true)]
    [InlineData("Development", "Sqlite", "false", false)]
    [InlineData("Development", "Postgres", null, false)]
    [InlineData("Production", null, null, false)]
    [InlineData("Production", "Sqlite", "false", false)]
    public void Demo_data_are_seeded_only_on_the_embedded_default_outside_production(string environment, string? provider, string? enabled, bool expected) =>
        Assert.Equal(expected, DemoMode.IsOn(Configuration(provider, enabled), new Environment(environment)));

    [Fact]
    public void Asking_for_demo_data_in_production_is_a_configuration_error() =>
        Assert.Throws<InvalidOperationException>(() => DemoMode.IsOn(Configuration("Sqlite", "true"), new Environment("Production")));

    private static IConfiguration Configuration(string? provider, string? enabled) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Demo:Enabled"] = enabled,
        }).Build();

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "HeresHealthy.Web";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
