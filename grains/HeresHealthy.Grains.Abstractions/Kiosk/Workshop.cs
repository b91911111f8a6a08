
namespace HeresHealthy.Grains.Abstractions.Kiosk;

/// <summary>
/// A parent workshop (Elternwerkstatt) at the Familienkiosk. <c>Registrations</c> counts every registered family: those
/// registered by name (<see cref="Families"/>, kept with consent only until attendance is recorded) and walk-ins
/// counted without a name. Once attendance is recorded only the counts of <see cref="Attendance"/> remain.
/// </summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Kiosk.Workshop")]
public sealed record Workshop([Id(0)] string Id, [Id(1)] string Title, [Id(2)] DateTimeOffset At, [Id(3)] string Place, [Id(4)] int Capacity, [Id(5)] int Registrations)
{
    /// <summary>The municipality of the network the workshop takes place in (for the reports).</summary>
    [Id(6)]
    public string Municipality { get; init; } = "";

    /// <summary>Language codes of the network's pick-list (de, tr, ...).</summary>
    [Id(7)]
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Who leads it: a member of staff, never a family.</summary>
    [Id(8)]
    public string Leader { get; init; } = "";

    /// <summary>The series the workshop is a date of, or null for a single date.</summary>
    [Id(9)]
    public string? SeriesId { get; init; }

    /// <summary>Abgesagt: takes no registrations; the families registered by name are listed for the staff to call.</summary>
    [Id(10)]
    public bool Cancelled { get; init; }

    /// <summary>Families registered by name, in the order they got their place.</summary>
    [Id(11)]
    public IReadOnlyList<WorkshopFamily> Families { get; init; } = [];

    /// <summary>The waiting list (Warteliste), first come first served.</summary>
    [Id(12)]
    public IReadOnlyList<WorkshopFamily> Waiting { get; init; } = [];

    [Id(13)]
    public WorkshopAttendance? Attendance { get; init; }

    /// <summary>Names and phone numbers were erased (after attendance, or at the end of the retention).</summary>
    [Id(14)]
    public bool NamesErased { get; init; }

    /// <summary>Registered families counted without a name (walk-ins).</summary>
    public int Walkins => Registrations - Families.Count;

    public int FreePlaces => Math.Max(0, Capacity - Registrations);
}
