using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Grains.Kiosk;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HeresHealthy.Grains.Tests.Kiosk;

public sealed class KioskGrainTests
{
    private static readonly DateOnly _tuesday = new(2026, 11, 24);

    [Fact]
    public async Task A_workshop_takes_registrations_up_to_its_capacity_and_a_repeated_registration_counts_once()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), new FakeTimeProvider(Sample.Monday), seed: false);
        var kiosk = await WithWorkshopAsync(node, capacity: 2);

        var first = Sample.Id();
        await kiosk.RegisterAsync(first, "w-1");
        Assert.True((await kiosk.RegisterAsync(first, "w-1")).Repeated);
        await kiosk.RegisterAsync(Sample.Id(), "w-1");
        var full = await kiosk.RegisterAsync(Sample.Id(), "w-1");

        Assert.Equal(RefusalCode.CapacityExceeded, full.Refusal!.Code);
        Assert.Equal(2, Assert.Single(await kiosk.GetDayAsync(_tuesday)).Registrations);
        Assert.Empty(await kiosk.GetDayAsync(_tuesday.AddDays(1)));
    }

    [Fact]
    public async Task A_registration_is_undone_by_a_command_of_its_own_that_counts_once_and_never_below_zero()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), new FakeTimeProvider(Sample.Monday), seed: false);
        var kiosk = await WithWorkshopAsync(node, capacity: 2);
        await kiosk.RegisterAsync(Sample.Id(), "w-1");
        await kiosk.RegisterAsync(Sample.Id(), "w-1");

        var undo = Sample.Id();
        Assert.True((await kiosk.CancelRegistrationAsync(undo, "w-1")).Accepted);
        Assert.True((await kiosk.CancelRegistrationAsync(undo, "w-1")).Repeated);
        Assert.Equal(1, Assert.Single(await kiosk.GetDayAsync(_tuesday)).Registrations);
        Assert.True((await kiosk.CancelRegistrationAsync(Sample.Id(), "w-1")).Accepted);
        var none = await kiosk.CancelRegistrationAsync(Sample.Id(), "w-1");

        Assert.Equal(RefusalCode.InvalidState, none.Refusal!.Code);
        Assert.Equal(0, Assert.Single(await kiosk.GetDayAsync(_tuesday)).Registrations);
        Assert.Equal(RefusalCode.NotFound, (await kiosk.CancelRegistrationAsync(Sample.Id(), "w-unknown")).Refusal!.Code);
    }

    [Fact]
    public async Task A_workshop_that_has_begun_takes_no_registration_and_no_undoing_and_says_so_in_German()
    {
        var time = new FakeTimeProvider(Sample.Monday);
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), time, seed: false);
        var kiosk = await WithWorkshopAsync(node, capacity: 5);
        await kiosk.RegisterAsync(Sample.Id(), "w-1");

        time.SetUtcNow(GermanTime.At(_tuesday, new TimeOnly(10, 0)));
        var registration = await kiosk.RegisterAsync(Sample.Id(), "w-1");
        var undoing = await kiosk.CancelRegistrationAsync(Sample.Id(), "w-1");

        Assert.All([registration.Refusal!, undoing.Refusal!], refusal => Assert.Equal((RefusalCode.InvalidState, WorkshopRules.Past), (refusal.Code, refusal.CurrentState)));
        Assert.Equal("Die Elternwerkstatt „Elternwerkstatt: Schlafen“ hat am Dienstag, 24. November, 10:00 Uhr begonnen (vergangen); Anmeldungen sind nicht mehr möglich.", registration.Refusal!.Message);
        Assert.Equal(1, Assert.Single(await kiosk.GetDayAsync(_tuesday)).Registrations);
    }

    [Fact]
    public async Task The_week_shows_seven_days_with_workshops_and_kiosk_appointments_named_as_the_Lotsin_chose_until_the_case_closes()
    {
        var time = new FakeTimeProvider(Sample.Monday);
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), time);
        var monday = GermanTime.DateOf(Sample.Monday);
        var kiosk = node.Grains.GetGrain<IKioskGrain>(Sample.Network);
        await kiosk.ScheduleWorkshopAsync(Sample.Id(), WorkshopPlans.At("w-2", "Elternwerkstatt: Zähne", GermanTime.At(monday.AddDays(6), new TimeOnly(15, 0)), 8));
        var lotsin = Sample.Lotsin("l-1");
        var grain = node.Case("case-kiosk");
        await grain.MustAsync(Sample.Refer(time.GetUtcNow()));
        await grain.MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        await grain.MustAsync(new Accept(Sample.Id(), lotsin));
        await grain.MustAsync(new ScheduleAppointment(Sample.Id(), lotsin, GermanTime.At(monday.AddDays(2), new TimeOnly(11, 30)), "Familienkiosk", true));
        await grain.MustAsync(new ScheduleAppointment(Sample.Id(), lotsin, GermanTime.At(monday.AddDays(9), new TimeOnly(11, 30)), "Familienkiosk", true));
        await grain.MustAsync(new SetDisplayName(Sample.Id(), lotsin, "Familie K."));

        IReadOnlyList<KioskDay> week = [];
        await Eventually.HoldsAsync(async () => (week = await kiosk.GetWeekAsync(monday)).Sum(d => d.Appointments.Count) == 1, "the kiosk appointment in the week");

        Assert.Equal([.. Enumerable.Range(0, 7).Select(monday.AddDays)], week.Select(d => d.Day));
        var appointment = Assert.Single(week[2].Appointments);
        Assert.Equal(("Familie K.", "Maria Schulte"), (appointment.DisplayName, appointment.LotsinName));
        Assert.Equal("w-2", Assert.Single(week[6].Workshops).Id);

        await grain.MustAsync(new Close(Sample.Id(), lotsin, Abstractions.Cases.CaseOutcome.GoalsReached, "Familie ist gut angebunden."));
        await Eventually.HoldsAsync(async () => (await kiosk.GetWeekAsync(monday)).All(d => d.Appointments.Count == 0), "the closed case's appointment gone from the kiosk");
    }

    private static async Task<IKioskGrain> WithWorkshopAsync(SiloNode node, int capacity)
    {
        var kiosk = node.Grains.GetGrain<IKioskGrain>(Sample.Network);
        var at = GermanTime.At(_tuesday, new TimeOnly(10, 0));
        await kiosk.ScheduleWorkshopAsync(Sample.Id(), WorkshopPlans.At("w-1", "Elternwerkstatt: Schlafen", at, capacity));
        return kiosk;
    }
}
