using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Lotsinnen;

namespace HeresHealthy.Grains.Lotsinnen;

/// <summary>Capacity and availability: whether a Lotsin may take on a case now.</summary>
public static class LotsinRules
{
    public const int MaxCapacity = 60;

    public static Refusal? CheckProfile(LotsinProfile profile) =>
        string.IsNullOrWhiteSpace(profile.Id) ? Invalid("id", "Die Kennung fehlt.")
        : string.IsNullOrWhiteSpace(profile.Name) || profile.Name.Length > 200 ? Invalid("name", "Der Name fehlt oder ist zu lang.")
        : string.IsNullOrWhiteSpace(profile.Network) ? Invalid("network", "Das Netzwerk fehlt.")
        : CheckCapacity(profile.Capacity);

    public static Refusal? CheckCapacity(int capacity) =>
        capacity is < 0 or > MaxCapacity ? Invalid("capacity", $"Die Kapazität liegt zwischen 0 und {MaxCapacity} Fällen.") : null;

    /// <summary>Granted (null) or why not. A case she already holds is granted again: reserving is idempotent.</summary>
    public static Refusal? CheckReservation(LotsinState state, string caseId, string network, ReservationKind kind, OverrideReason? overrideReason)
    {
        if (state.Profile is not { } profile || profile.Network != network)
        {
            return new Refusal(RefusalCode.NotFound, "Diese Lotsin gibt es im Netzwerk nicht.", Field: "lotsinId");
        }

        if (state.Active.ContainsKey(caseId))
        {
            return null;
        }

        var overridden = overrideReason is not null && kind == ReservationKind.Offer;
        if (kind == ReservationKind.Claim && state.Availability != Availability.OnDuty)
        {
            return new Refusal(RefusalCode.NotAvailable, $"{profile.Name} ist nicht im Dienst und kann keine dringende Vermittlung übernehmen.");
        }

        if (state.Availability == Availability.Away && !overridden)
        {
            return new Refusal(RefusalCode.NotAvailable, $"{profile.Name} ist abwesend und erhält keine Angebote.");
        }

        return state.Counted >= profile.Capacity && !overridden
            ? new Refusal(RefusalCode.CapacityExceeded, $"{profile.Name} hat {state.Counted} von {profile.Capacity} Fällen; eine Zuweisung darüber hinaus braucht eine begründete Ausnahme.")
            : null;
    }

    /// <summary>Whether the reservation counts beyond capacity or availability (recorded as an override).</summary>
    public static bool IsOverride(LotsinState state, ReservationKind kind, OverrideReason? overrideReason) =>
        kind == ReservationKind.Offer && overrideReason is not null
        && (state.Availability == Availability.Away || state.Counted >= (state.Profile?.Capacity ?? 0));

    private static Refusal Invalid(string field, string message) => new(RefusalCode.InvalidInput, message, Field: field);
}
