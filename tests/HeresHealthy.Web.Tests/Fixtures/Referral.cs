using System.Text.Json.Nodes;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Demo;
using HeresHealthy.Web.Api;
using HeresHealthy.Web.Demo;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>
/// A practice's referral form, filled in as the practice would; the family's names are unique per form so tests can look for them.
/// The consent names the given help offers (by directory id) besides the Lotsendienst.
/// </summary>
public static class Referral
{
    public static JsonObject Form(bool familyPresentNow = false, string[]? namedHelpOffers = null)
    {
        var mark = Guid.NewGuid().ToString("N")[..8];
        return Json.ToObject(new
        {
            commandId = ApiClient.NewCommandId(),
            municipality = "Herne",
            district = "Wanne",
            needs = new[] { NeedCategory.Language, NeedCategory.Isolation },
            familyPresentNow,
            note = "Mutter wirkt erschöpft, wünscht Unterstützung.",
            family = new
            {
                guardianName = $"Aylin Testmutter{mark}",
                childFirstName = $"Mira{mark}",
                childBirthYear = DateTime.UtcNow.Year - 1,
                phone = "0176 5550123",
                address = "Hauptstraße 12",
                preferredLanguage = "tr",
                mayCallWhileInPractice = true,
            },
            consent = new
            {
                givenBy = $"Aylin Testmutter{mark}",
                givenAt = DateTimeOffset.UtcNow.AddMinutes(-5),
                feedbackToPractice = true,
                namedHelpOffers,
            },
        });
    }

    /// <summary>The case id the server allocates for this form sent by <paramref name="practice"/> (web/Api/ReferralCaseId.cs).</summary>
    public static string CaseId(this JsonObject form, string practice = DemoUsers.ReferringPractice)
    {
        var commandId = form["commandId"]?.GetValue<string>() ?? throw new ArgumentException("The form has no command id.");
        var profile = DemoAccounts.For(new DemoNetwork()).Single(a => a.UserName == practice);
        return ReferralCaseId.Of(new Actor(ActorRole.Practice, profile.EntityId, profile.Network), commandId);
    }

    public static string GuardianName(this JsonObject form) => form["family"]?["guardianName"]?.GetValue<string>() ?? "";

    public static string ChildFirstName(this JsonObject form) => form["family"]?["childFirstName"]?.GetValue<string>() ?? "";
}
