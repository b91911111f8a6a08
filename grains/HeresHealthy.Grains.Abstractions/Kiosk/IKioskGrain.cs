using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Kiosk;

/// <summary>
/// The Familienkiosk of a network (key: the network id): its parent workshops, their registrations, waiting lists and
/// attendance, and its week. Every command is idempotent by its command id.
/// </summary>
public interface IKioskGrain : IGrainWithStringKey
{
    /// <summary>Plans a workshop (its <c>Registrations</c> are ignored), or with <paramref name="series"/> one workshop per date, ids <c>{Id}-1</c>… and series id <c>Id</c>.</summary>
    Task<CommandResult> ScheduleWorkshopAsync(string commandId, Workshop workshop, WorkshopSeries? series = null);

    /// <summary>Changes title, time, place, municipality, capacity, languages and leader of a planned workshop (by its id).</summary>
    Task<CommandResult> EditWorkshopAsync(string commandId, Workshop workshop);

    /// <summary>Cancels (sagt ab) a workshop that has not begun: it takes no registrations any more.</summary>
    Task<CommandResult> CancelWorkshopAsync(string commandId, string workshopId);

    /// <summary>Counts one more family for a workshop (a walk-in at the kiosk, or a Lotsin's referral); no name is kept. Refused once the workshop has begun.</summary>
    Task<CommandResult> RegisterAsync(string commandId, string workshopId);

    /// <summary>Undoes one registration of a workshop that has not begun (a command of its own; repeated, it counts once).</summary>
    Task<CommandResult> CancelRegistrationAsync(string commandId, string workshopId);

    /// <summary>Registers a family by name with consent; when the workshop is full, on its waiting list.</summary>
    Task<CommandResult> RegisterFamilyAsync(string commandId, string workshopId, FamilyRegistration family);

    /// <summary>Cancels a family's registration or waiting place; the first on the waiting list moves up into a freed place.</summary>
    Task<CommandResult> CancelFamilyAsync(string commandId, string workshopId, string familyId);

    /// <summary>Records attendance once the workshop has begun; names and phone numbers are erased in the same step.</summary>
    Task<CommandResult> RecordAttendanceAsync(string commandId, string workshopId, AttendanceRecord attendance);

    Task<IReadOnlyList<Workshop>> GetDayAsync(DateOnly day);

    /// <summary>Workshops from <paramref name="first"/> to <paramref name="last"/> (German dates), by time.</summary>
    Task<IReadOnlyList<Workshop>> GetWorkshopsAsync(DateOnly first, DateOnly last);

    /// <summary>Seven days from <paramref name="first"/>: each day's kiosk appointments of open cases, with the families' display names, and its workshops.</summary>
    Task<IReadOnlyList<KioskDay>> GetWeekAsync(DateOnly first);
}
