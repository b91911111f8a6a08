using System.Globalization;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains.Kiosk;

/// <summary>
/// What a workshop accepts: valid fields when planned or changed; registrations, and their undoing, until it begins,
/// within its capacity, unless it is cancelled; attendance once it has begun, once.
/// </summary>
public static class WorkshopRules
{
    /// <summary>The <c>currentState</c> of a refusal because the workshop has begun or is over.</summary>
    public const string Past = nameof(Past);

    /// <summary>The <c>currentState</c> of a refusal because the workshop was cancelled (abgesagt).</summary>
    public const string Cancelled = nameof(Cancelled);

    /// <summary>The <c>currentState</c> of a refusal because attendance was recorded already.</summary>
    public const string Recorded = nameof(Recorded);

    /// <summary>The <c>currentState</c> of a refusal of attendance for a workshop that has not begun.</summary>
    public const string Upcoming = nameof(Upcoming);

    public const int MaxCapacity = 200;

    public const int MaxDates = 26;

    private static readonly CultureInfo _german = CultureInfo.GetCultureInfo("de-DE");

    /// <param name="places">The network's towns and districts (its set-up).</param>
    public static Refusal? Invalid(Workshop workshop, IReadOnlyList<NetworkTown> places)
    {
        var field = string.IsNullOrWhiteSpace(workshop.Id) || workshop.Id.Length > 110 ? "id"
            : string.IsNullOrWhiteSpace(workshop.Title) || workshop.Title.Length > 200 ? "title"
            : string.IsNullOrWhiteSpace(workshop.Place) || workshop.Place.Length > 200 ? "place"
            : !places.Any(t => t.Municipality == workshop.Municipality) ? "municipality"
            : workshop.Capacity is < 1 or > MaxCapacity ? "capacity"
            : workshop.Languages.Count == 0 || workshop.Languages.Any(l => !NetworkLanguages.IsKnown(l)) ? "languages"
            : string.IsNullOrWhiteSpace(workshop.Leader) || workshop.Leader.Length > 100 ? "leader"
            : null;
        return field is null ? null : new Refusal(RefusalCode.InvalidInput, Message(field), Field: field);
    }

    public static Refusal? Invalid(WorkshopSeries series) =>
        series.Dates is < 1 or > MaxDates ? new Refusal(RefusalCode.InvalidInput, $"Eine Reihe hat 1 bis {MaxDates} Termine.", Field: "dates")
        : series.WeeksApart is < 1 or > 4 ? new Refusal(RefusalCode.InvalidInput, "Die Termine einer Reihe liegen 1 bis 4 Wochen auseinander.", Field: "weeksApart")
        : null;

    public static Refusal? Invalid(FamilyRegistration family) =>
        string.IsNullOrWhiteSpace(family.Name) || family.Name.Length > 100 ? new Refusal(RefusalCode.InvalidInput, "Bitte den Namen der Familie angeben (höchstens 100 Zeichen).", Field: "name")
        : family.Phone is { } phone && (phone.Length > 30 || phone.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '+' or '-' or '/' or '(' or ')')))
            ? new Refusal(RefusalCode.InvalidInput, "Die Telefonnummer darf nur Ziffern, Leerzeichen und + - / ( ) enthalten (höchstens 30 Zeichen).", Field: "phone")
        : !family.Consent ? new Refusal(RefusalCode.InvalidInput, "Ohne Einwilligung zur Speicherung bis nach der Werkstatt wird kein Name gespeichert.", Field: "consent")
        : null;

    /// <summary>Why the workshop takes no change of its registrations or plan now, or null.</summary>
    public static Refusal? Closed(Workshop workshop, DateTimeOffset now, string what)
    {
        if (workshop.Cancelled)
        {
            return new Refusal(RefusalCode.InvalidState, $"Die Elternwerkstatt „{workshop.Title}“ ist abgesagt; {what} nicht mehr möglich.", Cancelled);
        }

        if (workshop.At <= now)
        {
            var begun = GermanTime.ToLocal(workshop.At).ToString("dddd, d. MMMM, HH:mm", _german);
            return new Refusal(RefusalCode.InvalidState, $"Die Elternwerkstatt „{workshop.Title}“ hat am {begun} Uhr begonnen (vergangen); {what} nicht mehr möglich.", Past);
        }

        return null;
    }

    /// <summary>Why one registration counted without a name more (<paramref name="change"/> +1) or fewer (-1) is refused now, or null.</summary>
    public static Refusal? Refusal(Workshop workshop, int change, DateTimeOffset now) =>
        Closed(workshop, now, change > 0 ? "Anmeldungen sind" : "Das Zurücknehmen einer Anmeldung ist")
        ?? (change > 0 && workshop.Registrations >= workshop.Capacity
                ? new Refusal(RefusalCode.CapacityExceeded, $"Die Elternwerkstatt ist mit {workshop.Capacity} Anmeldungen voll; Familien mit Namen kommen auf die Warteliste.")
            : change < 0 && workshop.Walkins == 0
                ? new Refusal(RefusalCode.InvalidState, "Für diese Elternwerkstatt ist keine Familie ohne Namen angemeldet; es gibt nichts zurückzunehmen.", "Empty")
            : null);

    private static string Message(string field) => field switch
    {
        "title" => "Bitte ein Thema angeben (höchstens 200 Zeichen).",
        "place" => "Bitte einen Ort angeben (höchstens 200 Zeichen).",
        "municipality" => "Bitte eine Stadt des Netzwerks wählen.",
        "capacity" => $"Die Zahl der Plätze liegt zwischen 1 und {MaxCapacity}.",
        "languages" => "Bitte mindestens eine Sprache aus der Liste wählen.",
        "leader" => "Bitte angeben, wer die Werkstatt leitet (höchstens 100 Zeichen).",
        _ => "Angabe fehlt oder passt nicht.",
    };
}
