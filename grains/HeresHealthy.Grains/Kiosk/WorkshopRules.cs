using System.Globalization;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains.Kiosk;

/// <summary>What a workshop accepts: valid fields when scheduled; registrations, and their undoing, until it begins, within its capacity.</summary>
public static class WorkshopRules
{
    /// <summary>The <c>currentState</c> of a refusal because the workshop has begun or is over.</summary>
    public const string Past = nameof(Past);

    private static readonly CultureInfo _german = CultureInfo.GetCultureInfo("de-DE");

    public static Refusal? Invalid(Workshop workshop)
    {
        var field = string.IsNullOrWhiteSpace(workshop.Id) || workshop.Id.Length > 100 ? "id"
            : string.IsNullOrWhiteSpace(workshop.Title) || workshop.Title.Length > 200 ? "title"
            : string.IsNullOrWhiteSpace(workshop.Place) || workshop.Place.Length > 200 ? "place"
            : workshop.Capacity is < 1 or > 200 ? "capacity"
            : null;
        return field is null ? null : new Refusal(RefusalCode.InvalidInput, "Angabe fehlt oder passt nicht.", Field: field);
    }

    /// <summary>Why one registration more (<paramref name="change"/> +1) or fewer (-1) is refused now, or null.</summary>
    public static Refusal? Refusal(Workshop workshop, int change, DateTimeOffset now)
    {
        if (workshop.At <= now)
        {
            var begun = GermanTime.ToLocal(workshop.At).ToString("dddd, d. MMMM, HH:mm", _german);
            var what = change > 0 ? "Anmeldungen sind" : "Das Zurücknehmen einer Anmeldung ist";
            return new Refusal(RefusalCode.InvalidState, $"Die Elternwerkstatt „{workshop.Title}“ hat am {begun} Uhr begonnen (vergangen); {what} nicht mehr möglich.", Past);
        }

        return change > 0 && workshop.Registrations >= workshop.Capacity
                ? new Refusal(RefusalCode.CapacityExceeded, $"Die Elternwerkstatt ist mit {workshop.Capacity} Anmeldungen voll.")
            : change < 0 && workshop.Registrations == 0
                ? new Refusal(RefusalCode.InvalidState, "Für diese Elternwerkstatt ist keine Familie angemeldet; es gibt nichts zurückzunehmen.", "Empty")
            : null;
    }
}
