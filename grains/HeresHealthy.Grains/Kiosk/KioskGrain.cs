using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Abstractions.Kiosk.Events;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Silo.Grains;
using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Grains.Kiosk;

/// <summary>The Familienkiosk's parent workshops; a workshop takes registrations up to its capacity.</summary>
[GrainType("kiosk")]
public sealed class KioskGrain([PersistentState("kiosk", OutboxGrainStorage.Name)] IPersistentState<KioskState> state, TimeProvider time)
    : OutboxGrain<KioskState>(state, time), IKioskGrain
{
    public Task<CommandResult> ScheduleWorkshopAsync(string commandId, Workshop workshop) => RetryOnConflictAsync(async () =>
    {
        var invalid = string.IsNullOrWhiteSpace(workshop.Id) || workshop.Id.Length > 100 ? "id"
            : string.IsNullOrWhiteSpace(workshop.Title) || workshop.Title.Length > 200 ? "title"
            : string.IsNullOrWhiteSpace(workshop.Place) || workshop.Place.Length > 200 ? "place"
            : workshop.Capacity is < 1 or > 200 ? "capacity"
            : null;
        if (invalid is not null)
        {
            return CommandResult.Refused(new Refusal(RefusalCode.InvalidInput, "Angabe fehlt oder passt nicht.", Field: invalid));
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

    public Task<CommandResult> RegisterAsync(string commandId, string workshopId) => RetryOnConflictAsync(async () =>
    {
        if (!State.Workshops.TryGetValue(workshopId, out var workshop))
        {
            return CommandResult.Refused(new Refusal(RefusalCode.NotFound, "Diese Elternwerkstatt gibt es nicht.", Field: "workshopId"));
        }

        if (State.Processed.Contains(commandId))
        {
            return CommandResult.Done(EventSequence, repeated: true);
        }

        if (workshop.Registrations >= workshop.Capacity)
        {
            return CommandResult.Refused(new Refusal(RefusalCode.CapacityExceeded, $"Die Elternwerkstatt ist mit {workshop.Capacity} Anmeldungen voll."));
        }

        State.Processed.Add(commandId);
        State.Workshops[workshopId] = workshop with { Registrations = workshop.Registrations + 1 };
        RaiseEvent(new WorkshopRegistrationAdded(Key, workshopId, workshop.Registrations + 1));
        await WriteStateAsync();
        return CommandResult.Done(EventSequence);
    });

    public Task<IReadOnlyList<Workshop>> GetDayAsync(DateOnly day) => Task.FromResult<IReadOnlyList<Workshop>>(
        [.. State.Workshops.Values.Where(w => GermanTime.DateOf(w.At) == day).OrderBy(w => w.At)]);
}
