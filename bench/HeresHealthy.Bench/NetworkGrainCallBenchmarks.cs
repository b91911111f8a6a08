using BenchmarkDotNet.Attributes;
using HeresHealthy.Bench.Grains;
using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Grains.Abstractions.Practices;

namespace HeresHealthy.Bench;

/// <summary>
/// N: what the network's set-up costs where it is asked. Every referral asks its network grain for the places (the
/// place check); the admin page reads the whole set-up (a network of 50 practices, 20 Lotsinnen and 100 accounts: one
/// call that asks each of their grains). Floor: an empty Orleans grain call on the same silo (<see cref="CounterGrain"/>).
/// </summary>
public class NetworkGrainCallBenchmarks : ProtocolGrainCallBenchmarks
{
    private INetworkGrain? _network;

    protected override async Task PrepareAsync(IGrainFactory grains)
    {
        _network = grains.GetGrain<INetworkGrain>("bench");
        for (var i = 0; i < 50; i++)
        {
            Accepted((await _network.SavePracticeAsync($"p-{i}", new PracticeProfile("", $"Praxis {i}", "", "Herne", "Wanne", "02323 123456"))).Result);
        }

        for (var i = 0; i < 20; i++)
        {
            Accepted((await _network.SaveLotsinAsync($"l-{i}", new LotsinProfile("", $"Lotsin {i}", "", "Caritas", 8, ["de", "tr"], ["Wanne", "Eickel"]))).Result);
        }

        for (var i = 0; i < 100; i++)
        {
            Accepted(await _network.CreateAccountAsync($"a-{i}", new AccountProfile($"kiosk{i}", $"Kiosk {i}", ActorRole.Kiosk, "", ""), "erstes-Passwort-1"));
        }
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public async Task<int> Network_places_for_a_referral()
    {
        var last = 0;
        for (var i = 0; i < Calls; i++)
        {
            last = (await _network!.GetPlacesAsync()).Count;
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = 10)]
    public async Task<int> Network_setup_for_the_admin_page()
    {
        var last = 0;
        for (var i = 0; i < 10; i++)
        {
            last = (await _network!.GetSetupAsync()).Accounts.Count;
        }

        return last;
    }

    private static void Accepted(CommandResult result)
    {
        if (!result.Accepted)
        {
            throw new InvalidOperationException($"The benchmark's network was not set up: {result.Refusal?.Message}");
        }
    }
}
