using System.Text.Json;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>
/// One valid-looking body for every command of the API: the union of the request records' fields, each with a value
/// that command would accept, so that a refusal comes from who is asking, not from the form.
/// </summary>
public static class ProbeBody
{
    public static string For(string commandId, string lotsinId) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["commandId"] = commandId,
        ["reason"] = "Probe",
        ["text"] = "Probe",
        ["note"] = "Probe",
        ["reached"] = true,
        ["at"] = DateTimeOffset.UtcNow.AddDays(2),
        ["place"] = "Probe",
        ["atKiosk"] = false,
        ["kind"] = "Interim",
        ["outcome"] = "GoalsReached",
        ["feedback"] = "Probe",
        ["status"] = "Contacted",
        ["offerId"] = "fruehe-hilfen-herne",
        ["lotsinId"] = lotsinId,
        ["overrideReason"] = "Other",
        ["overrideNote"] = "Probe",
        ["availability"] = "OnDuty",
        ["displayName"] = "Probe",
        ["userName"] = "niemand-hier",
        ["password"] = "Falsches-Passwort",
        ["offerKind"] = "ParentWorkshop", // sorts after the demo's offers: "the first offer of a kind" stays the demo's
        ["name"] = "Probe",
        ["municipality"] = "Herne",
    });
}
