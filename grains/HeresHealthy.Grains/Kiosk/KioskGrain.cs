using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Abstractions.Kiosk.Events;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Silo.Grains;
using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Grains.Kiosk;

/// <summary>
/// The Familienkiosk's parent workshops: a workshop takes registrations up to its capacity until it begins, and a
/// registration can be undone until then. Its week joins the board's kiosk appointments with the cases' display names.
/// </summary>
[GrainType("kiosk")]
public sealed class KioskGrain([PersistentState("kiosk", OutboxGrainStorage.Name)] IPersistentState<KioskState> state, TimeProvider time)
    : OutboxGrain<KioskState>(state, time), IKioskGrain
{
    public const int WeekDays = 7;

    public Task<CommandResult> ScheduleWorkshopAsync(string commandId, Workshop workshop) => RetryOnConflictAsync(async () =>
    {
        if (WorkshopRules.Invalid(workshop) is { } invalid)
        {
            return CommandResult.Refused(invalid);
        }

        if (!State.Processed.Add(commandId) || State.Workshops.ContainsKey(workshop.Id))
        {
            return CommandResult.Done(EventSequence, repeated: true);
        }

        State.Workshops[workshop.Id] = workshop with { Registrations = 0 };
        RaiseEvent(new WorkshopScheduled(Key, State.Workshops[workshop.Id]));
        await WriteStateAsync();
        return CommandResult.Done(EventSequence);
    });

    public Task<CommandResult> RegisterAsync(string commandId, string workshopId) => ChangeAsync(commandId, workshopId, +1);

    public Task<CommandResult> CancelRegistrationAsync(string commandId, string workshopId) => ChangeAsync(commandId, workshopId, -1);

    public Task<IReadOnlyList<Workshop>> GetDayAsync(DateOnly day) => Task.FromResult<IReadOnlyList<Workshop>>(
        [.. State.Workshops.Values.Where(w => GermanTime.DateOf(w.At) == day).OrderBy(w => w.At)]);

    public async Task<IReadOnlyList<KioskDay>> GetWeekAsync(DateOnly first)
    {
        var last = first.AddDays(WeekDays - 1);
        var appointments = await GrainFactory.GetGrain<IWorkloadBoardGrain>(Key).GetKioskAppointmentsAsync(first, last);
        var names = (await Task.WhenAll(appointments.Select(a => a.CaseId).Distinct().Select(async id =>
            (Id: id, Name: await GrainFactory.GetGrain<IFamilyCaseGrain>(id).GetKioskNameAsync(Key))))).ToDictionary(n => n.Id, n => n.Name);
        var named = appointments.Select(a => a with { DisplayName = names[a.CaseId] }).ToList();
        return [.. Enumerable.Range(0, WeekDays).Select(first.AddDays).Select(day => new KioskDay(
            day,
            [.. named.Where(a => GermanTime.DateOf(a.At) == day)],
            [.. State.Workshops.Values.Where(w => GermanTime.DateOf(w.At) == day).OrderBy(w => w.At)]))];
    }

    /// <summary>One registration more (+1) or fewer (-1); the command id counts once.</summary>
    private Task<CommandResult> ChangeAsync(string commandId, string workshopId, int change) => RetryOnConflictAsync(async () =>
    {
        if (!State.Workshops.TryGetValue(workshopId, out var workshop))
        {
            return CommandResult.Refused(new Refusal(RefusalCode.NotFound, "Diese Elternwerkstatt gibt es nicht.", Field: "workshopId"));
        }

        if (State.Processed.Contains(commandId))
        {
            return CommandResult.Done(EventSequence, repeated: true);
        }

        if (WorkshopRules.Refusal(workshop, change, Time.GetUtcNow()) is { } refusal)
        {
            return CommandResult.Refused(refusal);
        }

        var registrations = workshop.Registrations + change;
        State.Processed.Add(commandId);
        State.Workshops[workshopId] = workshop with { Registrations = registrations };
        RaiseEvent(change > 0 ? new WorkshopRegistrationAdded(Key, workshopId, registrations) : new WorkshopRegistrationCancelled(Key, workshopId, registrations));
        await WriteStateAsync();
        return CommandResult.Done(EventSequence);
    });
}
