using System.Collections.Frozen;

namespace HeresHealthy.Web.Audit;

/// <summary>
/// What an audit row's action means, as a German sentence for the data-protection officer, instead of a method and a
/// route pattern; and what came of it. Every API route, the hub's methods and the live pushes have their sentence
/// (a test holds every mapped route to it); an action from an older version still reads as a sentence.
/// </summary>
public static class AuditWording
{
    private static readonly FrozenDictionary<string, string> _actions = new Dictionary<string, string>
    {
        ["POST /api/session/"] = "Hat sich angemeldet.",
        ["GET /api/session/"] = "Hat die eigene Anmeldung abgefragt.",
        ["DELETE /api/session/"] = "Hat sich abgemeldet.",
        ["POST /api/session/everywhere"] = "Hat sich auf allen Geräten abgemeldet.",
        ["POST /api/session/password"] = "Hat das eigene Passwort geändert.",
        ["GET /api/admin/network"] = "Hat die Einrichtung des Netzwerks gelesen (Konten, Praxen, Lotsinnen, Orte).",
        ["POST /api/admin/places"] = "Hat einen Stadtteil des Netzwerks hinzugefügt.",
        ["POST /api/admin/practices"] = "Hat eine Praxis aufgenommen oder geändert.",
        ["POST /api/admin/lotsinnen"] = "Hat eine Familienlotsin aufgenommen oder geändert.",
        ["POST /api/admin/accounts"] = "Hat ein Konto angelegt.",
        ["POST /api/admin/accounts/{userName}/password-reset"] = "Hat das Passwort eines Kontos zurückgesetzt.",
        ["POST /api/admin/accounts/{userName}/disable"] = "Hat ein Konto gesperrt.",
        ["POST /api/admin/accounts/{userName}/enable"] = "Hat ein Konto entsperrt.",
        ["POST /api/admin/import/practices"] = "Hat Praxen aus einer CSV-Datei geprüft oder importiert.",
        ["POST /api/admin/import/lotsinnen"] = "Hat Familienlotsinnen aus einer CSV-Datei geprüft oder importiert.",
        ["POST /api/referrals/"] = "Hat eine Familie vermittelt (neuer Fall).",
        ["GET /api/referrals/"] = "Hat die Liste der eigenen Vermittlungen gelesen.",
        ["GET /api/referrals/{caseId}"] = "Hat eine Vermittlung gelesen.",
        ["POST /api/referrals/{caseId}/withdrawal"] = "Hat eine Vermittlung zurückgezogen.",
        ["POST /api/referrals/{caseId}/messages"] = "Hat der Lotsin eine Nachricht geschrieben.",
        ["POST /api/referrals/{caseId}/consent-withdrawal"] = "Hat den Widerruf der Einwilligung eingetragen (die Daten der Familie werden gelöscht).",
        ["GET /api/presence"] = "Hat abgefragt, ob eine Lotsin im Dienst ist.",
        ["GET /api/board/"] = "Hat die Übersicht der Koordination gelesen.",
        ["GET /api/board/cases/{caseId}"] = "Hat einen Fall in der Koordination gelesen.",
        ["GET /api/board/cases/{caseId}/suggestions"] = "Hat die Vorschläge für die Zuweisung eines Falls gelesen.",
        ["POST /api/board/cases/{caseId}/assignment"] = "Hat einen Fall einer Lotsin zugewiesen.",
        ["POST /api/board/cases/{caseId}/unassignment"] = "Hat eine Zuweisung zurückgenommen.",
        ["POST /api/board/cases/{caseId}/reassignment"] = "Hat einen Fall einer anderen Lotsin übergeben.",
        ["POST /api/board/cases/{caseId}/consent-withdrawal"] = "Hat den Widerruf der Einwilligung eingetragen (die Daten der Familie werden gelöscht).",
        ["GET /api/help-offers"] = "Hat die Liste der Hilfeangebote gelesen.",
        ["POST /api/help-offers/"] = "Hat ein Hilfeangebot ins Verzeichnis aufgenommen.",
        ["PUT /api/help-offers/{offerId}"] = "Hat ein Hilfeangebot geändert (auch aktiviert oder deaktiviert).",
        ["GET /api/lotsin/me"] = "Hat das eigene Profil als Lotsin gelesen.",
        ["PUT /api/lotsin/availability"] = "Hat die eigene Verfügbarkeit geändert.",
        ["GET /api/lotsin/cases"] = "Hat die Liste der eigenen Fälle und Angebote gelesen.",
        ["GET /api/lotsin/cases/{caseId}"] = "Hat einen Fall gelesen.",
        ["POST /api/lotsin/cases/{caseId}/acceptance"] = "Hat einen angebotenen Fall angenommen.",
        ["POST /api/lotsin/cases/{caseId}/decline"] = "Hat einen angebotenen Fall abgelehnt.",
        ["POST /api/lotsin/cases/{caseId}/claim"] = "Hat eine dringende Vermittlung übernommen.",
        ["POST /api/lotsin/cases/{caseId}/contact-attempts"] = "Hat einen Kontaktversuch eingetragen.",
        ["POST /api/lotsin/cases/{caseId}/appointments"] = "Hat einen Termin eingetragen.",
        ["POST /api/lotsin/cases/{caseId}/feedback"] = "Hat der Praxis eine Rückmeldung geschickt.",
        ["POST /api/lotsin/cases/{caseId}/first-meeting"] = "Hat das erste Treffen eingetragen.",
        ["POST /api/lotsin/cases/{caseId}/activities"] = "Hat eine Aktivität eingetragen.",
        ["POST /api/lotsin/cases/{caseId}/onward-referrals"] = "Hat eine Familie an ein Hilfeangebot weitervermittelt.",
        ["PUT /api/lotsin/cases/{caseId}/onward-referrals/{referralId}"] = "Hat den Stand einer Weitervermittlung geändert.",
        ["POST /api/lotsin/cases/{caseId}/consent-extensions"] = "Hat eine Erweiterung der Einwilligung eingetragen.",
        ["POST /api/lotsin/cases/{caseId}/display-name"] = "Hat den Namen der Familie für den Familienkiosk festgelegt.",
        ["POST /api/lotsin/cases/{caseId}/closing"] = "Hat einen Fall abgeschlossen.",
        ["POST /api/lotsin/cases/{caseId}/consent-withdrawal"] = "Hat den Widerruf der Einwilligung eingetragen (die Daten der Familie werden gelöscht).",
        ["GET /api/kiosk/today"] = "Hat die heutigen Termine im Familienkiosk gelesen.",
        ["GET /api/kiosk/week"] = "Hat die Termine der Woche im Familienkiosk gelesen.",
        ["GET /api/kiosk/workshops/"] = "Hat die heutigen Elternwerkstätten gelesen.",
        ["POST /api/kiosk/workshops/{workshopId}/registrations"] = "Hat eine Familie für eine Elternwerkstatt angemeldet.",
        ["POST /api/kiosk/workshops/{workshopId}/cancellations"] = "Hat eine Anmeldung für eine Elternwerkstatt zurückgenommen.",
        ["GET /api/kiosk/planning/workshops/"] = "Hat die Planung der Elternwerkstätten mit den Anmeldungen gelesen.",
        ["POST /api/kiosk/planning/workshops/"] = "Hat eine Elternwerkstatt (oder eine Reihe) geplant.",
        ["POST /api/kiosk/planning/workshops/{workshopId}/changes"] = "Hat eine Elternwerkstatt geändert.",
        ["POST /api/kiosk/planning/workshops/{workshopId}/cancellation"] = "Hat eine Elternwerkstatt abgesagt.",
        ["POST /api/kiosk/planning/workshops/{workshopId}/families"] = "Hat eine Familie mit Namen für eine Elternwerkstatt angemeldet.",
        ["POST /api/kiosk/planning/workshops/{workshopId}/families/{familyId}/cancellation"] = "Hat die Anmeldung einer Familie für eine Elternwerkstatt zurückgenommen.",
        ["POST /api/kiosk/planning/workshops/{workshopId}/attendance"] = "Hat die Teilnahme an einer Elternwerkstatt eingetragen (die Namen werden gelöscht).",
        ["GET /api/audit/"] = "Hat das Zugriffsprotokoll gelesen.",
        ["GET /api/audit/verification"] = "Hat die Hash-Kette des Zugriffsprotokolls geprüft.",
        ["GET /api/audit/export"] = "Hat das Zugriffsprotokoll als CSV-Datei heruntergeladen.",
        ["GET /api/reports/"] = "Hat einen Bericht mit geschützten Zahlen gelesen.",
        ["GET /api/reports/csv"] = "Hat einen Bericht mit geschützten Zahlen als CSV-Datei heruntergeladen.",
        ["GET /api/reports/workshops/csv"] = "Hat die geschützten Zahlen der Elternwerkstätten als CSV-Datei heruntergeladen.",
        ["GET /api/live/position"] = "Hat den Stand der Live-Verbindung abgefragt.",
        ["hub LiveHub.CatchUp"] = "Hat nach einer Unterbrechung die verpassten Änderungen nachgeladen.",
        ["push case"] = "Bekam die Änderung eines Falls live angezeigt.",
        ["push offer"] = "Bekam ein Fallangebot live angezeigt.",
        ["push board"] = "Bekam die Übersicht der Koordination live aktualisiert.",
        ["push kiosk"] = "Bekam die Woche des Familienkiosks live aktualisiert.",
        ["push helpoffers"] = "Bekam das Verzeichnis der Hilfeangebote live aktualisiert.",
        ["push workshops"] = "Bekam die Planung der Elternwerkstätten live aktualisiert.",
        ["push presence"] = "Bekam live angezeigt, ob eine Lotsin im Dienst ist.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="action"/> has a sentence of its own.</summary>
    public static bool Knows(string action) => _actions.ContainsKey(action);

    public static string What(string action) => _actions.TryGetValue(action, out var sentence) ? sentence
        : action.StartsWith("push ", StringComparison.Ordinal) ? "Bekam eine Änderung live angezeigt."
        : action.StartsWith("hub ", StringComparison.Ordinal) || action.Contains("/hubs/", StringComparison.Ordinal) ? "Hat die Live-Verbindung genutzt."
        : action.StartsWith("GET ", StringComparison.Ordinal) ? "Hat Daten abgerufen."
        : "Hat eine Änderung gesendet.";

    public static string Outcome(int status) => status switch
    {
        >= 200 and < 300 => "erfolgreich",
        400 => "abgelehnt: Eingabe ungültig",
        401 => "abgelehnt: nicht angemeldet",
        403 => "abgelehnt: keine Berechtigung",
        404 => "abgelehnt: nicht gefunden",
        409 => "abgelehnt: im aktuellen Stand nicht möglich",
        429 => "abgelehnt: zu viele Anfragen",
        >= 500 => "Fehler auf dem Server",
        _ => $"abgelehnt (Status {status})",
    };
}
