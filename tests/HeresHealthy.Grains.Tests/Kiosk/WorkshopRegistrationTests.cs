using System.Text.Json;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Abstractions.Reports;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Grains.Kiosk;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HeresHealthy.Grains.Tests.Kiosk;

/// <summary>
/// The parent workshops' rules on the kiosk grain: a waiting list in order once the places are taken, the first on it
/// moving up when a place frees; cancelled and past workshops taking nothing; attendance once it has begun, erasing
/// names and phone numbers and leaving counts (also for the reports); names erased at the end of their retention.
/// </summary>
public sealed class WorkshopRegistrationTests
{
    private static readonly DateOnly _tuesday = new(2026, 11, 24);

    [Fact]
    public async Task Families_beyond_the_capacity_wait_in_order_and_the_first_moves_up_when_a_registered_family_cancels()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), new FakeTimeProvider(Sample.Monday), seed: false);
        var kiosk = await PlannedAsync(node, capacity: 2);
        foreach (var name in new[] { "Familie A", "Familie B", "Familie C", "Familie D" })
        {
            Assert.True((await kiosk.RegisterFamilyAsync(Sample.Id(), "w-1", new FamilyRegistration(name, "02323 1", true))).Accepted);
        }

        var full = await WorkshopAsync(kiosk);
        Assert.Equal(["Familie A", "Familie B"], Names(full.Families));
        Assert.Equal(["Familie C", "Familie D"], Names(full.Waiting));
        Assert.Equal(0, full.FreePlaces);

        var cancel = Sample.Id();
        Assert.True((await kiosk.CancelFamilyAsync(cancel, "w-1", full.Families[0].Id)).Accepted);
        Assert.True((await kiosk.CancelFamilyAsync(cancel, "w-1", full.Families[0].Id)).Repeated);

        var after = await WorkshopAsync(kiosk);
        Assert.Equal(["Familie B", "Familie C"], Names(after.Families));
        Assert.Equal(["Familie D"], Names(after.Waiting));
        Assert.Equal(2, after.Registrations);
        Assert.True(after.Families.Single(f => f.Name == "Familie C").MovedUp);
        Assert.False(after.Families.Single(f => f.Name == "Familie B").MovedUp);
    }

    [Fact]
    public async Task A_freed_counted_place_and_more_places_also_move_families_up_but_fewer_places_than_registered_are_refused()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), new FakeTimeProvider(Sample.Monday), seed: false);
        var kiosk = await PlannedAsync(node, capacity: 1);
        await kiosk.RegisterAsync(Sample.Id(), "w-1");
        Assert.Equal(RefusalCode.CapacityExceeded, (await kiosk.RegisterAsync(Sample.Id(), "w-1")).Refusal!.Code);
        await kiosk.RegisterFamilyAsync(Sample.Id(), "w-1", new FamilyRegistration("Familie A", null, true));
        await kiosk.RegisterFamilyAsync(Sample.Id(), "w-1", new FamilyRegistration("Familie B", null, true));

        await kiosk.CancelRegistrationAsync(Sample.Id(), "w-1");
        Assert.Equal(["Familie A"], Names((await WorkshopAsync(kiosk)).Families));

        var smaller = await kiosk.EditWorkshopAsync(Sample.Id(), WorkshopPlans.At("w-1", "Elternwerkstatt: Schlafen", At, 0));
        Assert.Equal(("capacity", RefusalCode.InvalidInput), (smaller.Refusal!.Field, smaller.Refusal.Code));
        Assert.True((await kiosk.EditWorkshopAsync(Sample.Id(), WorkshopPlans.At("w-1", "Elternwerkstatt: Schlafen und Träumen", At, 3))).Accepted);

        var edited = await WorkshopAsync(kiosk);
        Assert.Equal(("Elternwerkstatt: Schlafen und Träumen", 1), (edited.Title, edited.FreePlaces));
        Assert.Equal(["Familie A", "Familie B"], Names(edited.Families));
    }

    [Fact]
    public async Task A_cancelled_workshop_takes_nothing_and_keeps_its_families_for_the_staff_to_call()
    {
        var time = new FakeTimeProvider(Sample.Monday);
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), time, seed: false);
        var kiosk = await PlannedAsync(node, capacity: 5);
        await kiosk.RegisterFamilyAsync(Sample.Id(), "w-1", new FamilyRegistration("Familie A", "0171 1", true));
        Assert.True((await kiosk.CancelWorkshopAsync(Sample.Id(), "w-1")).Accepted);

        var refusals = new[]
        {
            await kiosk.RegisterFamilyAsync(Sample.Id(), "w-1", new FamilyRegistration("Familie B", null, true)),
            await kiosk.RegisterAsync(Sample.Id(), "w-1"),
            await kiosk.CancelWorkshopAsync(Sample.Id(), "w-1"),
            await kiosk.EditWorkshopAsync(Sample.Id(), WorkshopPlans.At("w-1", "Neu", At, 5)),
        };

        Assert.All(refusals, r => Assert.Equal((RefusalCode.InvalidState, WorkshopRules.Cancelled), (r.Refusal!.Code, r.Refusal.CurrentState)));
        var cancelled = await WorkshopAsync(kiosk);
        Assert.True(cancelled.Cancelled);
        Assert.Equal(("Familie A", "0171 1"), (cancelled.Families.Single().Name, cancelled.Families.Single().Phone));

        time.SetUtcNow(At);
        Assert.Equal(WorkshopRules.Cancelled, (await kiosk.RecordAttendanceAsync(Sample.Id(), "w-1", new AttendanceRecord(new Dictionary<string, bool>(), 0))).Refusal!.CurrentState);
    }

    [Fact]
    public async Task A_past_workshop_takes_no_registration_by_name_and_no_change_and_consent_is_required()
    {
        var time = new FakeTimeProvider(Sample.Monday);
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), time, seed: false);
        var kiosk = await PlannedAsync(node, capacity: 5);
        var noConsent = await kiosk.RegisterFamilyAsync(Sample.Id(), "w-1", new FamilyRegistration("Familie A", null, false));
        Assert.Equal(("consent", RefusalCode.InvalidInput), (noConsent.Refusal!.Field, noConsent.Refusal.Code));

        time.SetUtcNow(At.AddMinutes(1));
        var registration = await kiosk.RegisterFamilyAsync(Sample.Id(), "w-1", new FamilyRegistration("Familie A", null, true));
        var change = await kiosk.EditWorkshopAsync(Sample.Id(), WorkshopPlans.At("w-1", "Neu", At.AddDays(7), 5));

        Assert.All([registration, change], r => Assert.Equal(WorkshopRules.Past, r.Refusal!.CurrentState));
        Assert.Empty((await WorkshopAsync(kiosk)).Families);
    }

    [Fact]
    public async Task Attendance_is_taken_once_after_the_start_and_leaves_only_counts_also_for_the_reports()
    {
        var time = new FakeTimeProvider(Sample.Monday);
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), time, seed: false);
        var kiosk = await PlannedAsync(node, capacity: 6);
        foreach (var name in new[] { "Familie Yılmaz", "Familie Nowak", "Familie Schäfer", "Familie Berg", "Familie Kaya" })
        {
            await kiosk.RegisterFamilyAsync(Sample.Id(), "w-1", new FamilyRegistration(name, "0171 555", true));
        }

        await kiosk.RegisterAsync(Sample.Id(), "w-1");
        var families = (await WorkshopAsync(kiosk)).Families;
        var attendance = new AttendanceRecord(families.Select((f, i) => (f.Id, Came: i < 4)).ToDictionary(f => f.Id, f => f.Came), 2);
        Assert.Equal(WorkshopRules.Upcoming, (await kiosk.RecordAttendanceAsync(Sample.Id(), "w-1", attendance)).Refusal!.CurrentState);

        time.SetUtcNow(At.AddHours(2));
        var partial = new AttendanceRecord(attendance.Families.Skip(1).ToDictionary(), 2);
        Assert.Equal("families", (await kiosk.RecordAttendanceAsync(Sample.Id(), "w-1", partial)).Refusal!.Field);
        Assert.True((await kiosk.RecordAttendanceAsync(Sample.Id(), "w-1", attendance)).Accepted);
        Assert.Equal(WorkshopRules.Recorded, (await kiosk.RecordAttendanceAsync(Sample.Id(), "w-1", attendance)).Refusal!.CurrentState);

        var held = await WorkshopAsync(kiosk);
        Assert.Equal(new WorkshopAttendance(6, 6, 1), held.Attendance);
        Assert.True(held.NamesErased);
        var stored = JsonSerializer.Serialize(await kiosk.GetWorkshopsAsync(_tuesday.AddDays(-30), _tuesday.AddDays(30)));
        Assert.DoesNotContain("Nowak", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("0171", stored, StringComparison.Ordinal);

        var report = await node.Grains.GetGrain<IReportGrain>(Sample.Network).GetReportAsync(ReportPeriod.Parse("2026-11"), ReportBreakdown.Municipality);
        Assert.Equal(new WorkshopReportRow("Herne", null, 5, 5), Assert.Single(report.WorkshopsByMunicipality)); // one workshop: suppressed
        Assert.Equal(new WorkshopReportRow("2026-11", null, 5, 5), Assert.Single(report.WorkshopsByMonth));
    }

    [Fact]
    public async Task Names_are_erased_at_the_end_of_their_retention_when_attendance_was_never_recorded()
    {
        var time = new FakeTimeProvider(Sample.Monday);
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), time, seed: false);
        var kiosk = await PlannedAsync(node, capacity: 2);
        await kiosk.RegisterFamilyAsync(Sample.Id(), "w-1", new FamilyRegistration("Familie A", "0171 1", true));
        await kiosk.RegisterFamilyAsync(Sample.Id(), "w-1", new FamilyRegistration("Familie B", null, true));
        await kiosk.RegisterFamilyAsync(Sample.Id(), "w-1", new FamilyRegistration("Familie C", null, true));

        time.SetUtcNow(At + WorkshopBook.Retention - TimeSpan.FromMinutes(1));
        await node.FireDueRemindersAsync();
        Assert.Equal(2, (await WorkshopAsync(kiosk)).Families.Count);

        time.SetUtcNow(At + WorkshopBook.Retention);
        await node.FireDueRemindersAsync();

        var erased = await WorkshopAsync(kiosk);
        Assert.Equal((0, 0, 2, true), (erased.Families.Count, erased.Waiting.Count, erased.Registrations, erased.NamesErased));
    }

    [Fact]
    public async Task A_weekly_series_plans_one_workshop_per_date_at_the_same_German_time_across_the_clock_change()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget(), new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero)), seed: false);
        var kiosk = node.Grains.GetGrain<IKioskGrain>(Sample.Network);
        var first = GermanTime.At(new DateOnly(2026, 10, 14), new TimeOnly(16, 0));
        var command = Sample.Id();

        Assert.True((await kiosk.ScheduleWorkshopAsync(command, WorkshopPlans.At("r-1", "Spielen", first, 8), new WorkshopSeries(4, 1))).Accepted);
        Assert.True((await kiosk.ScheduleWorkshopAsync(command, WorkshopPlans.At("r-1", "Spielen", first, 8), new WorkshopSeries(4, 1))).Repeated);
        Assert.Equal("dates", (await kiosk.ScheduleWorkshopAsync(Sample.Id(), WorkshopPlans.At("r-2", "Spielen", first, 8), new WorkshopSeries(0, 1))).Refusal!.Field);

        var series = await kiosk.GetWorkshopsAsync(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 30));
        Assert.Equal(["r-1-1", "r-1-2", "r-1-3", "r-1-4"], series.Select(w => w.Id));
        Assert.All(series, w => Assert.Equal(("r-1", new TimeOnly(16, 0)), (w.SeriesId, TimeOnly.FromTimeSpan(GermanTime.ToLocal(w.At).TimeOfDay))));
        Assert.Equal(new DateOnly(2026, 11, 4), GermanTime.DateOf(series[3].At));
    }

    private static DateTimeOffset At => GermanTime.At(_tuesday, new TimeOnly(10, 0));

    private static List<string> Names(IEnumerable<WorkshopFamily> families) => [.. families.Select(f => f.Name)];

    private static async Task<Workshop> WorkshopAsync(IKioskGrain kiosk) => Assert.Single(await kiosk.GetDayAsync(_tuesday));

    private static async Task<IKioskGrain> PlannedAsync(SiloNode node, int capacity)
    {
        var kiosk = node.Grains.GetGrain<IKioskGrain>(Sample.Network);
        Assert.True((await kiosk.ScheduleWorkshopAsync(Sample.Id(), WorkshopPlans.At("w-1", "Elternwerkstatt: Schlafen", At, capacity))).Accepted);
        return kiosk;
    }
}
