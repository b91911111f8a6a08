using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Grains.Abstractions.Practices;
using HeresHealthy.Silo.Grains;
using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Grains.Network;

/// <summary>
/// A network's set-up: its places, and which practices, Lotsinnen and accounts are its own. The practice, Lotsin and
/// account grains keep their profiles; this grain checks what an admin enters against the network and lists them.
/// </summary>
[GrainType("network")]
public sealed class NetworkGrain([PersistentState("network", OutboxGrainStorage.Name)] IPersistentState<NetworkState> state, TimeProvider time)
    : OutboxGrain<NetworkState>(state, time), INetworkGrain
{
    /// <summary>The places of a network nobody has changed yet: Herne and the towns of Kreis Recklinghausen.</summary>
    public static IReadOnlyList<NetworkTown> DefaultPlaces { get; } =
        [.. NetworkPlaces.Districts.Select(town => new NetworkTown(town.Key, town.Value))];

    private IReadOnlyList<NetworkTown> Places => State.Places ?? DefaultPlaces;

    public async Task<NetworkSetup> GetSetupAsync()
    {
        var practices = await Task.WhenAll(State.Practices.Select(id => GrainFactory.GetGrain<IPracticeGrain>(id).GetAsync()));
        var lotsinnen = await Task.WhenAll(State.Lotsinnen.Select(id => GrainFactory.GetGrain<ILotsinGrain>(id).GetAsync()));
        var accounts = await Task.WhenAll(State.Accounts.Select(name => GrainFactory.GetGrain<IAccountGrain>(name).GetSummaryAsync()));
        return new NetworkSetup(
            Places,
            [.. practices.OfType<PracticeProfile>().OrderBy(p => p.Name, StringComparer.CurrentCulture)],
            [.. lotsinnen.OfType<LotsinView>().Select(l => l.Profile).OrderBy(l => l.Name, StringComparer.CurrentCulture)],
            [.. accounts.OfType<AccountSummary>().OrderBy(a => a.Role).ThenBy(a => a.UserName, StringComparer.Ordinal)]);
    }

    public Task<IReadOnlyList<NetworkTown>> GetPlacesAsync() => Task.FromResult(Places);

    public Task<string?> CarriedOutAsync(string commandId) => Task.FromResult(State.Processed.GetValueOrDefault(commandId));

    public Task<CommandResult> AddDistrictAsync(string commandId, string municipality, string district) => RetryOnConflictAsync(async () =>
    {
        if (State.Processed.ContainsKey(commandId))
        {
            return CommandResult.Done(EventSequence, repeated: true);
        }

        if (NetworkRules.CheckPlace(municipality, district) is { } invalid)
        {
            return CommandResult.Refused(invalid);
        }

        var places = Places.ToList();
        var index = places.FindIndex(t => t.Municipality == municipality.Trim());
        var town = index >= 0 ? places[index] : new NetworkTown(municipality.Trim(), []);
        if (town.Districts.Contains(district.Trim()))
        {
            return CommandResult.Refused(new Refusal(RefusalCode.InvalidInput, $"{district.Trim()} gibt es in {town.Municipality} schon.", Field: "district"));
        }

        town = town with { Districts = [.. town.Districts, district.Trim()] };
        if (index >= 0)
        {
            places[index] = town;
        }
        else
        {
            places.Add(town);
        }

        State.Places = places;
        State.Processed[commandId] = town.Municipality;
        await WriteStateAsync();
        return CommandResult.Done(EventSequence);
    });

    public Task<SetupResult> SavePracticeAsync(string commandId, PracticeProfile practice) => SaveAsync(
        commandId, practice.Id, practice.Name, state => state.Practices,
        () => NetworkRules.CheckPractice(practice, Places),
        async id => (await GrainFactory.GetGrain<IPracticeGrain>(id).GetAsync())?.Network,
        id => GrainFactory.GetGrain<IPracticeGrain>(id).RegisterAsync(practice with { Id = id, Network = Key }));

    public Task<SetupResult> SaveLotsinAsync(string commandId, LotsinProfile lotsin) => SaveAsync(
        commandId, lotsin.Id, lotsin.Name, state => state.Lotsinnen,
        () => NetworkRules.CheckLotsin(lotsin, Places),
        async id => (await GrainFactory.GetGrain<ILotsinGrain>(id).GetAsync())?.Profile.Network,
        id => GrainFactory.GetGrain<ILotsinGrain>(id).RegisterAsync(lotsin with
        {
            Id = id, Network = Key, Districts = [.. lotsin.Districts.Select(d => WorkArea.WithTown(d, Places)).Distinct()],
        }));

    public Task<CommandResult> CreateAccountAsync(string commandId, AccountProfile account, string firstPassword) => RetryOnConflictAsync(async () =>
    {
        if (State.Processed.ContainsKey(commandId))
        {
            return CommandResult.Done(EventSequence, repeated: true);
        }

        var own = account.Role is ActorRole.Practice or ActorRole.Lotsin ? account : account with { EntityId = account.UserName };
        own = own with { Network = Key };
        if (NetworkRules.CheckAccount(own, State) is { } invalid)
        {
            return CommandResult.Refused(invalid);
        }

        var created = await GrainFactory.GetGrain<IAccountGrain>(own.UserName).CreateAsync(commandId, own, firstPassword);
        if (!created.Accepted)
        {
            return created;
        }

        State.Accounts.Add(own.UserName);
        State.Processed[commandId] = own.UserName;
        await WriteStateAsync();
        return CommandResult.Done(EventSequence);
    });

    public Task AdoptAccountAsync(string userName) => RetryOnConflictAsync(async () =>
    {
        if (!State.Accounts.Contains(userName))
        {
            State.Accounts.Add(userName);
            await WriteStateAsync();
        }

        return true;
    });

    public Task<CommandResult> ResetPasswordAsync(string commandId, string userName, string firstPassword) =>
        OwnAccount(userName) ?? GrainFactory.GetGrain<IAccountGrain>(userName).ResetPasswordAsync(commandId, firstPassword);

    public Task<CommandResult> SetAccountDisabledAsync(string commandId, string userName, bool disabled) =>
        OwnAccount(userName) ?? GrainFactory.GetGrain<IAccountGrain>(userName).SetDisabledAsync(commandId, disabled);

    /// <summary>Null for an account of this network; otherwise the 404 an account of another network answers too.</summary>
    private Task<CommandResult>? OwnAccount(string userName) => State.Accounts.Contains(userName)
        ? null
        : Task.FromResult(CommandResult.Refused(new Refusal(RefusalCode.NotFound, $"Das Konto {userName} gibt es in diesem Netzwerk nicht.", Field: "userName")));

    /// <summary>
    /// Saves a practice or a Lotsin: a new one gets a free id from its name (or the id it names, if free), a known one
    /// is changed; an id of another network is never taken over.
    /// </summary>
    private Task<SetupResult> SaveAsync(
        string commandId, string? id, string name, Func<NetworkState, List<string>> membersOf, Func<Refusal?> check, Func<string, Task<string?>> networkOf, Func<string, Task<CommandResult>> register) =>
        RetryOnConflictAsync(async () =>
        {
            // Read in the attempt: after a conflict the state is read anew, and with it the list.
            var members = membersOf(State);
            if (State.Processed.TryGetValue(commandId, out var done))
            {
                return new SetupResult(CommandResult.Done(EventSequence, repeated: true), done);
            }

            if (check() is { } invalid)
            {
                return new SetupResult(CommandResult.Refused(invalid), null);
            }

            if (!string.IsNullOrEmpty(id) && (!NetworkIds.IsSafe(id) || (!members.Contains(id) && await networkOf(id) is { } other && other != Key)))
            {
                return new SetupResult(CommandResult.Refused(new Refusal(RefusalCode.NotFound, "Diesen Eintrag gibt es in diesem Netzwerk nicht.", Field: "id")), null);
            }

            var saved = string.IsNullOrEmpty(id)
                ? await NetworkIds.FirstFreeAsync(NetworkIds.FromName(name), async candidate => !members.Contains(candidate) && await networkOf(candidate) is null)
                : id;
            var result = await register(saved);
            if (!result.Accepted)
            {
                return new SetupResult(result, null);
            }

            if (!members.Contains(saved))
            {
                members.Add(saved);
            }

            State.Processed[commandId] = saved;
            await WriteStateAsync();
            return new SetupResult(CommandResult.Done(EventSequence), saved);
        });
}
