using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Abstractions.Lotsinnen.Events;
using HeresHealthy.Silo.Grains;
using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Grains.Lotsinnen;

/// <summary>A Lotsin: her profile and availability, and the one place that decides whether she can take on a case.</summary>
[GrainType("lotsin")]
public sealed class LotsinGrain([PersistentState("lotsin", OutboxGrainStorage.Name)] IPersistentState<LotsinState> state, TimeProvider time)
    : OutboxGrain<LotsinState>(state, time), ILotsinGrain
{
    public Task<CommandResult> RegisterAsync(LotsinProfile profile) => RetryOnConflictAsync(async () =>
    {
        if (LotsinRules.CheckProfile(profile) is { } invalid)
        {
            return CommandResult.Refused(invalid);
        }

        if (profile.Id != Key)
        {
            return CommandResult.Refused(new Refusal(RefusalCode.InvalidInput, "Die Kennung passt nicht zu dieser Lotsin.", Field: "id"));
        }

        if (profile.SameAs(State.Profile))
        {
            return CommandResult.Done(EventSequence, repeated: true);
        }

        State.Profile = profile;
        RaiseEvent(new LotsinRegistered(profile));
        RaiseEvent(new CaseloadChanged(Key, State.Counted, profile.Capacity));
        await WriteStateAsync();
        return CommandResult.Done(EventSequence);
    });

    public Task<CommandResult> SetAvailabilityAsync(string commandId, Availability availability) => RetryOnConflictAsync(async () =>
    {
        if (State.Profile is null)
        {
            return NotRegistered();
        }

        if (!Enum.IsDefined(availability))
        {
            return CommandResult.Refused(new Refusal(RefusalCode.InvalidInput, "Unbekannte Verfügbarkeit.", Field: "availability"));
        }

        if (!State.Processed.Add(commandId) || State.Availability == availability)
        {
            return CommandResult.Done(EventSequence, repeated: true);
        }

        State.Availability = availability;
        RaiseEvent(new AvailabilityChanged(Key, availability));
        await WriteStateAsync();
        return CommandResult.Done(EventSequence);
    });

    public Task<CommandResult> SetCapacityAsync(string commandId, int capacity) => RetryOnConflictAsync(async () =>
    {
        if (State.Profile is not { } profile)
        {
            return NotRegistered();
        }

        if (LotsinRules.CheckCapacity(capacity) is { } invalid)
        {
            return CommandResult.Refused(invalid);
        }

        if (capacity < State.Counted)
        {
            return CommandResult.Refused(new Refusal(RefusalCode.CapacityExceeded, $"{profile.Name} hat {State.Counted} aktive Fälle; bitte zuerst Fälle umverteilen.", Field: "capacity"));
        }

        if (!State.Processed.Add(commandId))
        {
            return CommandResult.Done(EventSequence, repeated: true);
        }

        State.Profile = profile with { Capacity = capacity };
        RaiseEvent(new CapacityChanged(Key, capacity));
        RaiseEvent(new CaseloadChanged(Key, State.Counted, capacity));
        await WriteStateAsync();
        return CommandResult.Done(EventSequence);
    });

    public Task<LotsinView?> GetAsync() => Task.FromResult(
        State.Profile is { } profile
            ? new LotsinView(profile, State.Availability, [.. State.Active.Keys.Order()], [.. State.Active.Where(a => a.Value).Select(a => a.Key).Order()])
            : null);

    public Task<Reservation> ReserveAsync(string caseId, string network, ReservationKind kind, OverrideReason? overrideReason) => RetryOnConflictAsync(async () =>
    {
        var name = State.Profile?.Name ?? Key;
        if (LotsinRules.CheckReservation(State, caseId, network, kind, overrideReason) is { } refusal)
        {
            return new Reservation(false, name, refusal);
        }

        if (!State.Active.ContainsKey(caseId))
        {
            State.Active[caseId] = LotsinRules.IsOverride(State, kind, overrideReason);
            RaiseEvent(new CaseloadChanged(Key, State.Active.Count, State.Profile?.Capacity ?? 0));
            await WriteStateAsync();
        }

        return new Reservation(true, name, null);
    });

    public Task ReleaseAsync(string caseId) => RetryOnConflictAsync(async () =>
    {
        if (State.Active.Remove(caseId))
        {
            RaiseEvent(new CaseloadChanged(Key, State.Active.Count, State.Profile?.Capacity ?? 0));
            await WriteStateAsync();
        }

        return true;
    });

    private static CommandResult NotRegistered() =>
        CommandResult.Refused(new Refusal(RefusalCode.NotFound, "Diese Lotsin ist nicht angelegt.", Field: "lotsinId"));
}
