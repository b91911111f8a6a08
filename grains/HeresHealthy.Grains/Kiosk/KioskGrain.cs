using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Abstractions.Kiosk.Events;
using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Silo.Grains;
using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Grains.Kiosk;

/// <summary>
/// The Familienkiosk's parent workshops: planned singly or as a series, changed or cancelled until they begin; families
/// register by name (with a waiting list) or are counted; attendance is recorded afterwards and erases the names, which
/// a reminder erases anyway at the end of their retention (<see cref="WorkshopBook.Retention"/>). Its week joins the
/// board's kiosk appointments with the cases' display names.
/// </summary>
[GrainType("kiosk")]
public sealed class KioskGrain([PersistentState("kiosk", OutboxGrainStorage.Name)] IPersistentState<KioskState> state, TimeProvider time)
    : OutboxGrain<KioskState>(state, time), IKioskGrain, IRemindableGrain
{
    public const int WeekDays = 7;

    private const string ErasureReminder = "erasure";
    private ReminderSchedule? _reminders;

    private ReminderSchedule Reminders => _reminders ??= new ReminderSchedule(this, Time);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => ScheduleErasureAsync();

    /// <summary>The network's towns and districts, which a workshop's municipality must come from.</summary>
    private Task<IReadOnlyList<NetworkTown>> PlacesAsync() => GrainFactory.GetGrain<INetworkGrain>(Key).GetPlacesAsync();

    public Task<CommandResult> ScheduleWorkshopAsync(string commandId, Workshop workshop, WorkshopSeries? series = null) => RetryOnConflictAsync(async () =>
    {
        if ((WorkshopRules.Invalid(workshop, await PlacesAsync()) ?? (series is null ? null : WorkshopRules.Invalid(series))) is { } invalid)
        {
            return CommandResult.Refused(invalid);
        }

        var dates = series is null ? [workshop with { Registrations = 0 }] : Dates(workshop, series);
        if (!State.Processed.Add(commandId) || dates.Any(w => State.Workshops.ContainsKey(w.Id)))
        {
            return CommandResult.Done(EventSequence, repeated: true);
        }

        foreach (var date in dates)
        {
            State.Workshops[date.Id] = date;
            RaiseEvent(new WorkshopScheduled(Key, date));
        }

        await WriteStateAsync();
        return CommandResult.Done(EventSequence);
    });

    public async Task<CommandResult> EditWorkshopAsync(string commandId, Workshop workshop) =>
        WorkshopRules.Invalid(workshop, await PlacesAsync()) is { } invalid ? CommandResult.Refused(invalid)
        : await ChangeAsync(commandId, workshop.Id, w => WorkshopRules.Closed(w, Time.GetUtcNow(), "Änderungen sind") is { } closed
            ? new(null, closed) : WorkshopBook.Edit(w, workshop), (_, _) => new WorkshopEdited(Key, workshop.Id));

    public Task<CommandResult> CancelWorkshopAsync(string commandId, string workshopId) =>
        ChangeAsync(commandId, workshopId, w => WorkshopRules.Closed(w, Time.GetUtcNow(), "eine Absage ist") is { } closed
            ? new(null, closed) : new(w with { Cancelled = true }, null), (_, _) => new WorkshopCancelled(Key, workshopId));

    public Task<CommandResult> RegisterAsync(string commandId, string workshopId) => CountAsync(commandId, workshopId, +1);

    public Task<CommandResult> CancelRegistrationAsync(string commandId, string workshopId) => CountAsync(commandId, workshopId, -1);

    public Task<CommandResult> RegisterFamilyAsync(string commandId, string workshopId, FamilyRegistration family) =>
        WorkshopRules.Invalid(family) is { } invalid ? Task.FromResult(CommandResult.Refused(invalid))
        : ChangeAsync(commandId, workshopId, w => WorkshopRules.Closed(w, Time.GetUtcNow(), "Anmeldungen sind") is { } closed
            ? new(null, closed) : new(WorkshopBook.Register(w, new WorkshopFamily($"f-{commandId}", family.Name.Trim(), family.Phone?.Trim() is { Length: > 0 } p ? p : null)), null),
            (before, after) => new FamilyRegisteredForWorkshop(Key, workshopId, after.Waiting.Count > before.Waiting.Count));

    public Task<CommandResult> CancelFamilyAsync(string commandId, string workshopId, string familyId) =>
        ChangeAsync(commandId, workshopId, w => WorkshopRules.Closed(w, Time.GetUtcNow(), "Das Zurücknehmen einer Anmeldung ist") is { } closed ? new(null, closed)
            : WorkshopBook.Withdraw(w, familyId) is { } after ? new(after, null)
            : new(null, new Refusal(RefusalCode.NotFound, "Diese Anmeldung gibt es nicht (mehr).", Field: "familyId")),
            (before, after) => new FamilyRegistrationWithdrawn(Key, workshopId, MovedUp(before, after)));

    public Task<CommandResult> RecordAttendanceAsync(string commandId, string workshopId, AttendanceRecord attendance) =>
        ChangeAsync(commandId, workshopId, w => WorkshopBook.RecordAttendance(w, attendance, Time.GetUtcNow()), (_, w) =>
        {
            var (year, month) = WorkshopBook.MonthOf(w);
            return new WorkshopAttendanceRecorded(Key, w.Id, year, month, w.Municipality, w.Attendance!.Registered, w.Attendance.Attended);
        });

    public Task<IReadOnlyList<Workshop>> GetDayAsync(DateOnly day) => GetWorkshopsAsync(day, day);

    public Task<IReadOnlyList<Workshop>> GetWorkshopsAsync(DateOnly first, DateOnly last) => Task.FromResult<IReadOnlyList<Workshop>>(
        [.. State.Workshops.Values.Where(w => GermanTime.DateOf(w.At) >= first && GermanTime.DateOf(w.At) <= last).OrderBy(w => w.At).ThenBy(w => w.Id, StringComparer.Ordinal)]);

    public async Task<IReadOnlyList<KioskDay>> GetWeekAsync(DateOnly first)
    {
        var last = first.AddDays(WeekDays - 1);
        var appointments = await GrainFactory.GetGrain<IWorkloadBoardGrain>(Key).GetKioskAppointmentsAsync(first, last);
        var names = (await Task.WhenAll(appointments.Select(a => a.CaseId).Distinct().Select(async id =>
            (Id: id, Name: await GrainFactory.GetGrain<IFamilyCaseGrain>(id).GetKioskNameAsync(Key))))).ToDictionary(n => n.Id, n => n.Name);
        var named = appointments.Select(a => a with { DisplayName = names[a.CaseId] }).ToList();
        var workshops = await GetWorkshopsAsync(first, last);
        return [.. Enumerable.Range(0, WeekDays).Select(first.AddDays).Select(day => new KioskDay(
            day,
            [.. named.Where(a => GermanTime.DateOf(a.At) == day)],
            [.. workshops.Where(w => GermanTime.DateOf(w.At) == day)]))];
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => FireDueAsync(reminderName);

    public async Task<bool> FireDueAsync(string name)
    {
        var erased = name == ErasureReminder && await RetryOnConflictAsync(EraseDueAsync);
        Reminders.Forget(name); // it ticked: whatever this activation remembers of it, the table has it
        await ScheduleErasureAsync();
        return erased;
    }

    private async Task<bool> EraseDueAsync()
    {
        var now = Time.GetUtcNow();
        var due = State.Workshops.Values.Where(w => WorkshopBook.ErasureDue(w) <= now).ToList();
        foreach (var workshop in due)
        {
            State.Workshops[workshop.Id] = WorkshopBook.Erase(workshop);
            RaiseEvent(new WorkshopNamesErased(Key, workshop.Id));
        }

        if (due.Count > 0)
        {
            await WriteStateAsync();
        }

        return due.Count > 0;
    }

    private Task ScheduleErasureAsync() =>
        Reminders.SetAsync(ErasureReminder, State.Workshops.Values.Select(WorkshopBook.ErasureDue).Where(d => d is not null).Min());

    private static bool MovedUp(Workshop before, Workshop after) => after.Families.Any(f => before.Families.All(b => b.Id != f.Id));

    private static List<Workshop> Dates(Workshop first, WorkshopSeries series)
    {
        var (day, at) = (GermanTime.DateOf(first.At), TimeOnly.FromTimeSpan(GermanTime.ToLocal(first.At).TimeOfDay));
        return [.. Enumerable.Range(0, series.Dates).Select(n => first with
        {
            Id = $"{first.Id}-{n + 1}", SeriesId = first.Id, Registrations = 0, At = GermanTime.At(day.AddDays(7 * series.WeeksApart * n), at),
        })];
    }

    /// <summary>One registration counted without a name more (+1) or fewer (-1); the command id counts once. A freed place goes to the waiting list.</summary>
    private Task<CommandResult> CountAsync(string commandId, string workshopId, int change) =>
        ChangeAsync(commandId, workshopId, w => WorkshopRules.Refusal(w, change, Time.GetUtcNow()) is { } refusal
            ? new(null, refusal) : new(change > 0 ? w with { Registrations = w.Registrations + 1 } : WorkshopBook.MoveUp(w with { Registrations = w.Registrations - 1 }), null),
            (_, w) => change > 0 ? new WorkshopRegistrationAdded(Key, workshopId, w.Registrations) : new WorkshopRegistrationCancelled(Key, workshopId, w.Registrations));

    /// <summary>Decides a change of one workshop; a repeated command id changes nothing and answers as the first time.</summary>
    private Task<CommandResult> ChangeAsync(string commandId, string workshopId, Func<Workshop, WorkshopBook.Result> decide, Func<Workshop, Workshop, object> changed) => RetryOnConflictAsync(async () =>
    {
        if (!State.Workshops.TryGetValue(workshopId, out var workshop))
        {
            return CommandResult.Refused(new Refusal(RefusalCode.NotFound, "Diese Elternwerkstatt gibt es nicht.", Field: "workshopId"));
        }

        if (State.Processed.Contains(commandId))
        {
            return CommandResult.Done(EventSequence, repeated: true);
        }

        var (after, refusal) = decide(workshop);
        if (after is null)
        {
            return CommandResult.Refused(refusal!);
        }

        State.Processed.Add(commandId);
        RaiseEvent(changed(workshop, after));
        State.Workshops[workshopId] = after;
        await WriteStateAsync();
        await ScheduleErasureAsync();
        return CommandResult.Done(EventSequence);
    });
}
