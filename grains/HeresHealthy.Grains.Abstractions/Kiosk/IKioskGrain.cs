using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Kiosk;

/// <summary>The Familienkiosk of a network (key: the network id): its parent workshops and their registrations, and its week.</summary>
public interface IKioskGrain : IGrainWithStringKey
{
    Task<CommandResult> ScheduleWorkshopAsync(string commandId, Workshop workshop);

    /// <summary>Counts one more family for a workshop (a walk-in at the kiosk, or a Lotsin's referral); no name is kept. Refused once the workshop has begun.</summary>
    Task<CommandResult> RegisterAsync(string commandId, string workshopId);

    /// <summary>Undoes one registration of a workshop that has not begun (a command of its own; repeated, it counts once).</summary>
    Task<CommandResult> CancelRegistrationAsync(string commandId, string workshopId);

    Task<IReadOnlyList<Workshop>> GetDayAsync(DateOnly day);

    /// <summary>Seven days from <paramref name="first"/>: each day's kiosk appointments of open cases, with the families' display names, and its workshops.</summary>
    Task<IReadOnlyList<KioskDay>> GetWeekAsync(DateOnly first);
}
