using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Practices;
using HeresHealthy.Grains.Abstractions.Practices.Events;
using HeresHealthy.Silo.Grains;
using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Grains.Practices;

/// <summary>A paediatric practice of the network; its referrals are listed by the network's board.</summary>
[GrainType("practice")]
public sealed class PracticeGrain([PersistentState("practice", OutboxGrainStorage.Name)] IPersistentState<PracticeState> state, TimeProvider time)
    : OutboxGrain<PracticeState>(state, time), IPracticeGrain
{
    public Task<CommandResult> RegisterAsync(PracticeProfile profile) => RetryOnConflictAsync(async () =>
    {
        var invalid = profile.Id != Key ? "id"
            : string.IsNullOrWhiteSpace(profile.Name) || profile.Name.Length > 200 ? "name"
            : string.IsNullOrWhiteSpace(profile.Network) ? "network"
            : string.IsNullOrWhiteSpace(profile.Municipality) ? "municipality"
            : profile.Phone is { } phone && !PhoneNumber.IsValid(phone) ? "phone"
            : null;
        if (invalid is not null)
        {
            return CommandResult.Refused(new Refusal(RefusalCode.InvalidInput, "Angabe fehlt oder passt nicht.", Field: invalid));
        }

        if (State.Profile == profile)
        {
            return CommandResult.Done(EventSequence, repeated: true);
        }

        State.Profile = profile;
        RaiseEvent(new PracticeRegistered(profile));
        await WriteStateAsync();
        return CommandResult.Done(EventSequence);
    });

    public Task<PracticeProfile?> GetAsync() => Task.FromResult(State.Profile);
}
