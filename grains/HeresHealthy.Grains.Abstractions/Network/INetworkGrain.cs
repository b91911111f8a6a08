using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Abstractions.Practices;

namespace HeresHealthy.Grains.Abstractions.Network;

/// <summary>
/// A network's set-up (key: the network id): its towns and districts, the practices and Lotsinnen it has, and the
/// accounts of its people. Every command takes a command id and counts once.
/// </summary>
public interface INetworkGrain : IGrainWithStringKey
{
    Task<NetworkSetup> GetSetupAsync();

    /// <summary>The network's towns and districts: the pick-lists of every form and the places of the reports.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<NetworkTown>> GetPlacesAsync();

    /// <summary>
    /// What the command with this id answered (a saved practice's or Lotsin's id, a created account's user name), or null
    /// when the network has not carried it out: an import run again after it was interrupted knows its own rows.
    /// </summary>
    [Orleans.Concurrency.ReadOnly]
    Task<string?> CarriedOutAsync(string commandId);

    /// <summary>Adds a district to a town, or a new town with its first district.</summary>
    Task<CommandResult> AddDistrictAsync(string commandId, string municipality, string district);

    /// <summary>A new practice (empty id: the network allocates one from the name) or a change to one of the network's.</summary>
    Task<SetupResult> SavePracticeAsync(string commandId, PracticeProfile practice);

    /// <summary>A new Lotsin (empty id: allocated from the name) or a change to one of the network's.</summary>
    Task<SetupResult> SaveLotsinAsync(string commandId, LotsinProfile lotsin);

    /// <summary>
    /// A new account of this network with a first password to be changed at the first sign-in. A practice's or a Lotsin's
    /// account names one of the network's practices or Lotsinnen; every other role's names itself.
    /// </summary>
    Task<CommandResult> CreateAccountAsync(string commandId, AccountProfile account, string firstPassword);

    /// <summary>Lists an account made outside this grain (by the operator's CLI or the demo) as one of the network's.</summary>
    Task AdoptAccountAsync(string userName);

    Task<CommandResult> ResetPasswordAsync(string commandId, string userName, string firstPassword);

    Task<CommandResult> SetAccountDisabledAsync(string commandId, string userName, bool disabled);
}
