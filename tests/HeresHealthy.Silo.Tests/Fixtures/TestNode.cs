using HeresHealthy.Silo.Hosting;
using HeresHealthy.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Silo.Tests.Fixtures;

/// <summary>Starts a node that hosts this project's test grains (Orleans finds them in the test assembly).</summary>
public static class TestNode
{
    public static Task<SiloNode> StartAsync(
        StorageTarget target,
        Action<SiloOptions>? configure = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? services = null) =>
        SiloNode.StartAsync(target, configure, time, services);
}
