using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Kiosk;

/// <summary>The Familienkiosk of a network (key: the network id): its parent workshops and their registrations.</summary>
public interface IKioskGrain : IGrainWithStringKey
{
    Task<CommandResult> ScheduleWorkshopAsync(string commandId, Workshop workshop);

    /// <summary>Counts one more family for a workshop (a walk-in at the kiosk, or a Lotsin's referral); no name is kept.</summary>
    Task<CommandResult> RegisterAsync(string commandId, string workshopId);

    Task<IReadOnlyList<Workshop>> GetDayAsync(DateOnly day);
}
