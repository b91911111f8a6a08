using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Lotsinnen;

/// <summary>A Lotsin (key: her id): profile, availability, and the authority on her capacity.</summary>
public interface ILotsinGrain : IGrainWithStringKey
{
    Task<CommandResult> RegisterAsync(LotsinProfile profile);

    Task<CommandResult> SetAvailabilityAsync(string commandId, Availability availability);

    Task<CommandResult> SetCapacityAsync(string commandId, int capacity);

    Task<LotsinView?> GetAsync();

    /// <summary>Counts a case against her capacity, unless she is unavailable or full and no override reason is given.</summary>
    Task<Reservation> ReserveAsync(string caseId, string network, ReservationKind kind, OverrideReason? overrideReason);

    /// <summary>The case no longer counts against her capacity. Releasing a case she does not hold changes nothing.</summary>
    Task ReleaseAsync(string caseId);
}
