using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Abstractions.Practices;
using HeresHealthy.Grains.Cases;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Grains.Tests.Fixtures;

/// <summary>A node hosting the protocol's grains, with a small network: two practices, three Lotsinnen, one help offer.</summary>
public static class ProtocolNode
{
    public static async Task<SiloNode> StartAsync(
        StorageTarget target, TimeProvider? time = null, bool seed = true, Action<IServiceCollection>? services = null, bool tickReminders = false)
    {
        var node = await SiloNode.StartAsync(target, time: time, services: s =>
        {
            s.AddHeresHealthyGrains();
            services?.Invoke(s);
        }, tickReminders: tickReminders);
        if (seed)
        {
            await SeedAsync(node.Grains);
        }

        return node;
    }

    public static async Task SeedAsync(IGrainFactory grains)
    {
        await grains.GetGrain<IPracticeGrain>("p-1").RegisterAsync(new PracticeProfile("p-1", "Kinderarztpraxis am Bahnhof", Sample.Network, "Herne", "Wanne", "02323 45 678"));
        await grains.GetGrain<IPracticeGrain>("p-2").RegisterAsync(new PracticeProfile("p-2", "Praxis Dr. Nowak", Sample.Network, "Recklinghausen", "Süd"));
        await Lotsin(grains, "l-1", "Maria Schulte", 2, ["Wanne"], ["de", "tr"]);
        await Lotsin(grains, "l-2", "Fatma Demir", 1, ["Süd"], ["de", "ar"]);
        await Lotsin(grains, "l-3", "Jana Krüger", 3, ["Sodingen"], ["de"]);
        await grains.GetGrain<IHelpOfferDirectoryGrain>(Sample.Network).RegisterAsync(
            new HelpOffer("offer-1", "Frühe Hilfen Herne", HelpOfferKind.EarlyHelp, "Herne", "02323 16-0"));
    }

    public static IFamilyCaseGrain Case(this SiloNode node, string id) => node.Grains.GetGrain<IFamilyCaseGrain>(id);

    public static Task<CaseState> StateAsync(this SiloNode node, string id) => node.Grains.GetGrain<ICaseProbe>(id).GetStateAsync();

    public static async Task<CommandResult> MustAsync(this IFamilyCaseGrain grain, CaseCommand command)
    {
        var result = await grain.ExecuteAsync(command);
        Assert.True(result.Accepted, $"{command.GetType().Name} was refused: {result.Refusal}");
        return result;
    }

    private static async Task Lotsin(IGrainFactory grains, string id, string name, int capacity, string[] districts, string[] languages)
    {
        var lotsin = grains.GetGrain<ILotsinGrain>(id);
        await lotsin.RegisterAsync(new LotsinProfile(id, name, Sample.Network, "Caritas Herne", capacity, languages, districts));
        await lotsin.SetAvailabilityAsync(Sample.Id(), Availability.OnDuty);
    }
}
