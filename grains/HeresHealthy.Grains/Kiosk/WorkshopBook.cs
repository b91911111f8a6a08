using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains.Kiosk;

/// <summary>
/// The pure changes of one workshop's registrations: places by name or counted, the waiting list in order, moving up
/// into a freed place, attendance that leaves counts only, and erasure of names at the end of their retention.
/// </summary>
public static class WorkshopBook
{
    /// <summary>How long names and phone numbers are kept after the workshop's date when attendance is never recorded.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(14);

    /// <summary>A family by name: a place while there is one, else the end of the waiting list.</summary>
    public static Workshop Register(Workshop workshop, WorkshopFamily family) => workshop.Registrations < workshop.Capacity
        ? workshop with { Families = [.. workshop.Families, family], Registrations = workshop.Registrations + 1 }
        : workshop with { Waiting = [.. workshop.Waiting, family] };

    /// <summary>Takes a family off the workshop (place or waiting list); null if it is not there.</summary>
    public static Workshop? Withdraw(Workshop workshop, string familyId) =>
        workshop.Families.Any(f => f.Id == familyId)
            ? MoveUp(workshop with { Families = [.. workshop.Families.Where(f => f.Id != familyId)], Registrations = workshop.Registrations - 1 })
        : workshop.Waiting.Any(f => f.Id == familyId)
            ? workshop with { Waiting = [.. workshop.Waiting.Where(f => f.Id != familyId)] }
        : null;

    /// <summary>Fills free places from the front of the waiting list, each marked as moved up.</summary>
    public static Workshop MoveUp(Workshop workshop)
    {
        var moving = workshop.Waiting.Take(Math.Max(0, workshop.Capacity - workshop.Registrations)).ToList();
        return moving.Count == 0 ? workshop : workshop with
        {
            Families = [.. workshop.Families, .. moving.Select(f => f with { MovedUp = true })],
            Waiting = [.. workshop.Waiting.Skip(moving.Count)],
            Registrations = workshop.Registrations + moving.Count,
        };
    }

    /// <summary>Takes over the planned fields of <paramref name="changed"/>; refused when fewer places than registered families.</summary>
    public static Result Edit(Workshop workshop, Workshop changed) => changed.Capacity < workshop.Registrations
        ? new(null, new Refusal(RefusalCode.InvalidInput, $"Es sind schon {workshop.Registrations} Familien angemeldet; so viele Plätze braucht die Werkstatt mindestens.", Field: "capacity"))
        : new(MoveUp(workshop with
        {
            Title = changed.Title, At = changed.At, Place = changed.Place, Capacity = changed.Capacity,
            Municipality = changed.Municipality, Languages = changed.Languages, Leader = changed.Leader,
        }), null);

    /// <summary>Attendance of a workshop that has begun: counts stay, names and phone numbers go.</summary>
    public static Result RecordAttendance(Workshop workshop, AttendanceRecord record, DateTimeOffset now)
    {
        var refusal = workshop.Cancelled ? new Refusal(RefusalCode.InvalidState, "Die Elternwerkstatt ist abgesagt; es gibt keine Teilnahme einzutragen.", WorkshopRules.Cancelled)
            : workshop.Attendance is not null ? new Refusal(RefusalCode.InvalidState, "Die Teilnahme ist für diese Elternwerkstatt schon eingetragen.", WorkshopRules.Recorded)
            : workshop.At > now ? new Refusal(RefusalCode.InvalidState, "Die Elternwerkstatt hat noch nicht begonnen; die Teilnahme wird danach eingetragen.", WorkshopRules.Upcoming)
            : record.Anonymous is < 0 or > WorkshopRules.MaxCapacity ? new Refusal(RefusalCode.InvalidInput, $"Die Zahl liegt zwischen 0 und {WorkshopRules.MaxCapacity}.", Field: "anonymous")
            : !workshop.Families.Select(f => f.Id).ToHashSet().SetEquals(record.Families.Keys)
                ? new Refusal(RefusalCode.InvalidInput, "Bitte für jede mit Namen angemeldete Familie eintragen, ob sie teilgenommen hat.", Field: "families")
            : null;
        if (refusal is not null)
        {
            return new(null, refusal);
        }

        var came = record.Families.Count(f => f.Value);
        var attendance = new WorkshopAttendance(workshop.Registrations, came + record.Anonymous, record.Families.Count - came);
        return new(Erase(workshop) with { Attendance = attendance }, null);
    }

    /// <summary>When the names of the workshop must be gone at the latest; null when none are kept.</summary>
    public static DateTimeOffset? ErasureDue(Workshop workshop) =>
        workshop.Families.Count + workshop.Waiting.Count > 0 ? workshop.At + Retention : null;

    public static Workshop Erase(Workshop workshop) => workshop with { Families = [], Waiting = [], NamesErased = true };

    /// <summary>The anonymous fact of a held workshop for the reports.</summary>
    public static (int Year, int Month) MonthOf(Workshop workshop) => (GermanTime.ToLocal(workshop.At).Year, GermanTime.ToLocal(workshop.At).Month);

    /// <summary>A changed workshop, or why not.</summary>
    public sealed record Result(Workshop? Workshop, Refusal? Refusal);
}
