using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;

namespace HeresHealthy.Grains.Tests.Kiosk;

public sealed class KioskGrainTests
{
    [Fact]
    public async Task A_workshop_takes_registrations_up_to_its_capacity_and_a_repeated_registration_counts_once()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), seed: false);
        var kiosk = node.Grains.GetGrain<IKioskGrain>(Sample.Network);
        var at = GermanTime.At(new DateOnly(2026, 11, 24), new TimeOnly(10, 0));
        await kiosk.ScheduleWorkshopAsync(Sample.Id(), new Workshop("w-1", "Elternwerkstatt: Schlafen", at, "Familienkiosk", 2, 0));

        var first = Sample.Id();
        await kiosk.RegisterAsync(first, "w-1");
        Assert.True((await kiosk.RegisterAsync(first, "w-1")).Repeated);
        await kiosk.RegisterAsync(Sample.Id(), "w-1");
        var full = await kiosk.RegisterAsync(Sample.Id(), "w-1");

        Assert.Equal(RefusalCode.CapacityExceeded, full.Refusal!.Code);
        Assert.Equal(2, Assert.Single(await kiosk.GetDayAsync(new DateOnly(2026, 11, 24))).Registrations);
        Assert.Empty(await kiosk.GetDayAsync(new DateOnly(2026, 11, 25)));
    }
}
