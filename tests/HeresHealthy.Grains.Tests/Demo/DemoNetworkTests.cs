using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Demo;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;

namespace HeresHealthy.Grains.Tests.Demo;

public sealed class DemoNetworkTests
{
    [Fact]
    public void The_demo_network_has_a_dozen_practices_six_Lotsinnen_and_the_help_offers_of_the_seeds_in_real_towns()
    {
        var demo = new DemoNetwork();

        Assert.Equal(12, demo.Practices.Select(p => p.Id).Distinct().Count());
        Assert.Equal(6, demo.Lotsinnen.Count);
        Assert.All(demo.Practices, p => Assert.Contains(p.District, DemoPlaces.Districts[p.Municipality]));
        Assert.All(DemoPlaces.Districts, town => Assert.All(town.Value, d => Assert.True(NetworkPlaces.IsDistrictOf(town.Key, d), $"{town.Key}/{d} is no district of the network")));
        Assert.Contains(demo.Practices, p => p.Municipality == "Herne");
        Assert.Contains(demo.Practices, p => p.Municipality != "Herne");
        Assert.Equal(8, demo.HelpOffers.Select(o => o.Kind).Distinct().Count());
        Assert.Equal(new DemoNetwork().Lotsinnen.Select(l => l.Name), demo.Lotsinnen.Select(l => l.Name));
    }

    [Fact]
    public async Task Seeding_twice_registers_everything_once_with_cases_in_every_state()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), seed: false);
        var demo = new DemoNetwork();

        await DemoSeeder.SeedAsync(node.Grains, demo, DateTimeOffset.UtcNow);
        var head = await node.Storage.Events.ReadHeadAsync(TestContext.Current.CancellationToken);
        await DemoSeeder.SeedAsync(node.Grains, demo, DateTimeOffset.UtcNow);

        Assert.Equal(head, await node.Storage.Events.ReadHeadAsync(TestContext.Current.CancellationToken));
        var states = new List<CaseStatus>();
        for (var i = 1; i <= demo.Families.Count; i++)
        {
            states.Add((await node.StateAsync($"demo-fall-{i:00}")).Status);
        }

        Assert.Equal(Enum.GetValues<CaseStatus>().Skip(1), states.Distinct().Order());
        var board = await node.Grains.GetGrain<IWorkloadBoardGrain>(DemoNetwork.Network).GetBoardAsync();
        Assert.Equal((9, 1, 6), (board.OpenCases, board.ClosedCases, board.Lotsinnen.Count));
    }
}
