using HeresHealthy.Silo.Runtime;
using HeresHealthy.Silo.Tests.Fixtures;
using HeresHealthy.Testing;
using HeresHealthy.Silo.Tests.Fixtures.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Silo.Tests.Runtime;

public sealed class CallFilterTests
{
    private readonly string _run = Guid.NewGuid().ToString("N");
    private readonly RecordingFilter _filter = new();

    [Fact]
    public async Task An_incoming_filter_sees_every_call_with_its_arguments_and_result()
    {
        await using var node = await StartAsync();
        RequestContext.Actor = "lotsin:7";

        await node.Grains.GetGrain<ILogGrain>(_run).AppendAsync("met the family");
        var entries = await node.Grains.GetGrain<ILogGrain>(_run).GetAsync();

        Assert.Equal(["met the family"], entries);
        Assert.Equal(
            [
                $"log/{_run} AppendAsync(met the family) by lotsin:7",
                $"log/{_run} returned nothing",
                $"log/{_run} GetAsync() by lotsin:7",
                $"log/{_run} returned met the family",
            ],
            _filter.Calls);
    }

    [Fact]
    public async Task A_filter_that_refuses_a_call_keeps_the_grain_from_running_it()
    {
        await using var node = await StartAsync();
        RequestContext.Actor = null;

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => node.Grains.GetGrain<ILogGrain>(_run).AppendAsync("sneaky"));

        RequestContext.Actor = "coordinator:1";
        Assert.Empty(await node.Grains.GetGrain<ILogGrain>(_run).GetAsync());
    }

    private Task<SiloNode> StartAsync() =>
        TestNode.StartAsync(new MemoryTarget(), services: s => s.AddSingleton<IIncomingGrainCallFilter>(_filter));
}
