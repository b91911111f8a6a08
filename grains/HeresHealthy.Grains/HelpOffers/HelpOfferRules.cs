using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.Network;

namespace HeresHealthy.Grains.HelpOffers;

/// <summary>What an offer of the directory must hold; every invalid field is named, by its name in the API.</summary>
public static class HelpOfferRules
{
    public const int MaxName = 200;
    public const int MaxPhone = 50;
    public const int MaxAddress = 300;

    /// <param name="places">The network's towns and districts (its set-up).</param>
    public static Refusal? Invalid(HelpOffer offer, IReadOnlyList<NetworkTown> places)
    {
        var town = places.FirstOrDefault(t => t.Municipality == offer.Municipality);
        var errors = new Dictionary<string, string>();
        void Check(bool wrong, string field, string message)
        {
            if (wrong)
            {
                errors.TryAdd(field, message);
            }
        }

        Check(string.IsNullOrWhiteSpace(offer.Id) || offer.Id.Length > 100, "id", "Die Kennung des Angebots fehlt oder ist zu lang.");
        Check(!Enum.IsDefined(offer.Kind), "offerKind", "Bitte wählen Sie die Art des Angebots.");
        Check(string.IsNullOrWhiteSpace(offer.Name), "name", "Der Name des Angebots fehlt.");
        Check(offer.Name?.Length > MaxName, "name", $"Der Name darf höchstens {MaxName} Zeichen haben.");
        Check(offer.Provider?.Length > MaxName, "provider", $"Der Träger darf höchstens {MaxName} Zeichen haben.");
        Check(offer.Contact?.Length > MaxPhone, "phone", $"Die Telefonnummer darf höchstens {MaxPhone} Zeichen haben.");
        Check(offer.Email is { Length: > 0 } email && (email.Length > MaxName || !IsEmail(email)), "email", "Die E-Mail-Adresse passt nicht (Beispiel: beratung@example.de).");
        Check(offer.Address?.Length > MaxAddress, "address", $"Die Adresse darf höchstens {MaxAddress} Zeichen haben.");
        Check(town is null, "municipality", "Bitte wählen Sie eine Gemeinde des Netzwerks.");
        Check(
            offer.Districts is null || offer.Districts.Distinct().Count() != offer.Districts.Count || offer.Districts.Any(d => town?.Districts.Contains(d) != true),
            "districts",
            "Die Stadtteile müssen zur gewählten Gemeinde gehören (keiner gewählt: die ganze Stadt).");
        Check(
            offer.Languages is null || offer.Languages.Distinct().Count() != offer.Languages.Count || offer.Languages.Any(l => !NetworkLanguages.IsKnown(l)),
            "languages",
            "Bitte wählen Sie die Sprachen aus der Liste.");
        return errors.Count == 0
            ? null
            : new Refusal(RefusalCode.InvalidInput, errors.First().Value, Field: errors.First().Key, Errors: errors);
    }

    // One @ with something on both sides and a dot in the domain; no spaces. The mail server has the last word.
    private static bool IsEmail(string email) =>
        email.Count(c => c == '@') == 1 && !email.Any(char.IsWhiteSpace)
        && email.Split('@') is [{ Length: > 0 }, { Length: > 2 } domain] && domain.Trim('.').Contains('.', StringComparison.Ordinal);
}
