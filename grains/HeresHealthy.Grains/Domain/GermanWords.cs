using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Domain;

/// <summary>
/// The words users read for the protocol's states, commands, roles and languages: refusals and suggestions are shown
/// as they are, so they never name a code (the pages use the same words, web/wwwroot/js/dom.js).
/// </summary>
public static class GermanWords
{
    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.None => "noch nicht vermittelt",
        CaseStatus.Referred => "Eingegangen",
        CaseStatus.Assigned => "Angeboten",
        CaseStatus.Accepted => "Übernommen",
        CaseStatus.InCare => "In Begleitung",
        CaseStatus.Closed => "Abgeschlossen",
        _ => status.ToString(),
    };

    public static string Command(string name) => name switch
    {
        "Refer" => "Vermitteln",
        "Assign" => "Zuweisen",
        "Claim" => "Dringend übernehmen",
        "Accept" => "Annehmen",
        "Decline" => "Ablehnen",
        "Unassign" => "Zurücknehmen",
        "Withdraw" => "Vermittlung zurückziehen",
        "RecordContactAttempt" => "Kontaktversuch eintragen",
        "ScheduleAppointment" => "Termin eintragen",
        "SendFeedback" => "Rückmeldung senden",
        "AddPracticeMessage" => "Nachricht an die Lotsin",
        "RecordFirstMeeting" => "Erstes Treffen eintragen",
        "Reassign" => "Umverteilen",
        "RecordActivity" => "Aktivität eintragen",
        "ReferOnward" => "Weitervermitteln",
        "UpdateOnwardReferral" => "Weitervermittlung aktualisieren",
        "ExtendConsent" => "Einwilligung erweitern",
        "Close" => "Abschließen",
        "WithdrawConsent" => "Einwilligung widerrufen",
        "SetDisplayName" => "Namen für den Familienkiosk festlegen",
        "MarkOverdue" => "Frist als überfällig markieren",
        "Anonymise" => "Anonymisieren",
        _ => name,
    };

    public static string Role(ActorRole role) => role switch
    {
        ActorRole.Practice => "Die Praxis",
        ActorRole.Lotsin => "Die Lotsin",
        ActorRole.Coordinator => "Die Koordination",
        ActorRole.Kiosk => "Das Familienkiosk-Team",
        ActorRole.Admin => "Die Verwaltung",
        ActorRole.DataProtectionOfficer => "Der Datenschutz",
        ActorRole.Reporting => "Die Berichtsstelle",
        _ => "Das System",
    };

    /// <summary>The codes of the network's language pick-list (Lotsinnen, workshops), in the order it shows them.</summary>
    public static IReadOnlyList<string> LanguageCodes { get; } = ["de", "tr", "ar", "ru", "pl", "ro", "ku", "en", "uk", "bg", "fa"];

    /// <summary>The pick-list's languages: code → German name.</summary>
    public static IReadOnlyDictionary<string, string> LanguageNames { get; } = LanguageCodes.ToDictionary(code => code, Language);

    /// <summary>A language by its code as the referral form stores it (de, tr, ...).</summary>
    public static string Language(string code) => code.ToLowerInvariant() switch
    {
        "de" => "Deutsch",
        "tr" => "Türkisch",
        "ar" => "Arabisch",
        "ru" => "Russisch",
        "pl" => "Polnisch",
        "ro" => "Rumänisch",
        "ku" => "Kurdisch",
        "en" => "Englisch",
        "uk" => "Ukrainisch",
        "bg" => "Bulgarisch",
        "fa" => "Persisch",
        _ => "eine weitere Sprache",
    };
}
