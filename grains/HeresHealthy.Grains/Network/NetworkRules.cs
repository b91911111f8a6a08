using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Grains.Abstractions.Practices;
using HeresHealthy.Grains.Lotsinnen;
using HeresHealthy.Grains.Practices;

namespace HeresHealthy.Grains.Network;

/// <summary>What a network accepts as a practice, a Lotsin, an account or a place; every invalid field with its German message.</summary>
public static class NetworkRules
{
    /// <summary>The roles an admin gives accounts of a network.</summary>
    public static readonly IReadOnlySet<ActorRole> AccountRoles = new HashSet<ActorRole>
    {
        ActorRole.Practice, ActorRole.Lotsin, ActorRole.Coordinator, ActorRole.Kiosk, ActorRole.Admin, ActorRole.DataProtectionOfficer, ActorRole.Reporting,
    };

    public static Refusal? CheckPractice(PracticeProfile practice, IReadOnlyList<NetworkTown> places)
    {
        var errors = new Dictionary<string, string>();
        Name(errors, "name", practice.Name, "Der Name der Praxis");
        Place(errors, places, practice.Municipality, practice.District);
        if (practice.Phone is { } phone && !PhoneNumber.IsValid(phone))
        {
            errors["phone"] = "Bitte eine Telefonnummer aus Ziffern angeben, z. B. 02323 123456.";
        }

        if (practice.Address is { Length: > 300 })
        {
            errors["address"] = "Die Anschrift darf höchstens 300 Zeichen haben.";
        }

        return Refused(errors);
    }

    public static Refusal? CheckLotsin(LotsinProfile lotsin, IReadOnlyList<NetworkTown> places)
    {
        var errors = new Dictionary<string, string>();
        Name(errors, "name", lotsin.Name, "Der Name");
        Name(errors, "organisation", lotsin.Organisation, "Der Träger");
        if (LotsinRules.CheckCapacity(lotsin.Capacity) is { } capacity)
        {
            errors["capacity"] = capacity.Message;
        }

        if (lotsin.Languages.Count == 0 || lotsin.Languages.Any(l => !NetworkLanguages.IsKnown(l)))
        {
            errors["languages"] = "Bitte mindestens eine Sprache aus der Liste wählen.";
        }

        var areas = lotsin.Districts.Select(d => (Area: d, Towns: WorkArea.TownsOf(d, places))).ToList();
        if (areas.Count == 0 || areas.Any(a => a.Towns.Count == 0))
        {
            errors["districts"] = "Bitte mindestens einen Stadtteil des Netzwerks aus der Liste wählen.";
        }
        else if (areas.FirstOrDefault(a => a.Towns.Count > 1) is ({ } ambiguous, var towns))
        {
            errors["districts"] = $"„{ambiguous}“ gibt es in {string.Join(" und ", towns)}: bitte mit der Stadt angeben, z. B. „{WorkArea.Of(towns[0], ambiguous)}“.";
        }

        return Refused(errors);
    }

    public static Refusal? CheckAccount(AccountProfile account, NetworkState network)
    {
        var errors = new Dictionary<string, string>();
        if (!NetworkIds.IsSafe(account.UserName))
        {
            errors["userName"] = "Der Benutzername hat 2 bis 100 Zeichen aus a–z, 0–9, Punkt, Unterstrich und Bindestrich.";
        }

        Name(errors, "displayName", account.DisplayName, "Der angezeigte Name");
        if (!AccountRoles.Contains(account.Role))
        {
            errors["role"] = "Bitte eine Rolle aus der Liste wählen.";
        }
        else if (account.Role == ActorRole.Practice && !network.Practices.Contains(account.EntityId))
        {
            errors["entityId"] = "Bitte die Praxis des Kontos aus der Liste wählen.";
        }
        else if (account.Role == ActorRole.Lotsin && !network.Lotsinnen.Contains(account.EntityId))
        {
            errors["entityId"] = "Bitte die Lotsin des Kontos aus der Liste wählen.";
        }

        return Refused(errors);
    }

    public static Refusal? CheckPlace(string municipality, string district)
    {
        var errors = new Dictionary<string, string>();
        Name(errors, "municipality", municipality, "Die Stadt");
        Name(errors, "district", district, "Der Stadtteil");
        return Refused(errors);
    }

    private static void Place(Dictionary<string, string> errors, IReadOnlyList<NetworkTown> places, string municipality, string district)
    {
        if (places.FirstOrDefault(t => t.Municipality == municipality) is not { } town)
        {
            errors["municipality"] = "Bitte eine Stadt des Netzwerks aus der Liste wählen.";
        }
        else if (!town.Districts.Contains(district))
        {
            errors["district"] = $"Bitte einen Stadtteil von {municipality} aus der Liste wählen.";
        }
    }

    private static void Name(Dictionary<string, string> errors, string field, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 200)
        {
            errors[field] = $"{what} fehlt oder ist länger als 200 Zeichen.";
        }
    }

    private static Refusal? Refused(Dictionary<string, string> errors) => errors.Count == 0
        ? null
        : new Refusal(RefusalCode.InvalidInput, errors.First().Value, Field: errors.First().Key, Errors: errors);
}
