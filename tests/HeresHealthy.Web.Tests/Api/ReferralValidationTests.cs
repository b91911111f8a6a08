using System.Net;
using System.Text.Json.Nodes;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Api;

/// <summary>Referral forms the API refuses (web/Api/ReferralApi.cs, grains' CaseInput): 400, naming the field, and no case.</summary>
public sealed class ReferralValidationTests(WebApp app)
{
    [Theory]
    [InlineData("needs missing", "needs")]
    [InlineData("needs empty", "needs")]
    [InlineData("need unknown", "needs")]
    [InlineData("phone without digits", "family.phone")]
    [InlineData("phone with letters", "family.phone")]
    [InlineData("family missing", "family")]
    // The API reads a form without consent as a consent without its guardian, so the form marks that field.
    [InlineData("consent missing", "consent.givenBy")]
    [InlineData("guardian of the consent missing", "consent.givenBy")]
    [InlineData("child born in the future", "family.childBirthYear")]
    [InlineData("consent given in the future", "consent.givenAt")]
    [InlineData("command id missing", "commandId")]
    public async Task An_invalid_referral_is_refused_with_400_naming_the_field_and_no_case_is_created(string defect, string field)
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        var form = Referral.Form();
        var caseId = form.CaseId();
        Break(form, defect);

        using var response = await practice.PostAsync("/api/referrals", form);

        await Problem.InvalidAsync(response, field);
        using var lookup = await practice.GetAsync($"/api/referrals/{caseId}");
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    /// <summary>Bad input is the client's error (ARCHITECTURE.md, Web): 400, never a server error.</summary>
    [Theory]
    [InlineData("{\"commandId\": \"abc\", \"needs\": [1,")]
    [InlineData("{\"commandId\": \"abc\", \"needs\": \"Language\"}")]
    [InlineData("{\"commandId\": \"abc\", \"familyPresentNow\": \"ja\"}")]
    public async Task A_referral_body_the_API_cannot_read_is_refused_with_400_not_a_server_error(string body)
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);

        using var response = await practice.PostTextAsync("/api/referrals", body);

        await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
    }

    private static void Break(JsonObject form, string defect)
    {
        var family = form["family"]?.AsObject() ?? throw new InvalidOperationException("The form has no family.");
        var consent = form["consent"]?.AsObject() ?? throw new InvalidOperationException("The form has no consent.");
        switch (defect)
        {
            case "needs missing": form.Remove("needs"); break;
            case "needs empty": form["needs"] = new JsonArray(); break;
            case "need unknown": form["needs"] = new JsonArray(99); break;
            case "phone without digits": family["phone"] = "bitte über die Praxis"; break;
            case "phone with letters": family["phone"] = "0176 555 O123 x"; break;
            case "family missing": form.Remove("family"); break;
            case "consent missing": form.Remove("consent"); break;
            case "guardian of the consent missing": consent.Remove("givenBy"); break;
            case "child born in the future": family["childBirthYear"] = DateTime.UtcNow.Year + 2; break;
            case "consent given in the future": consent["givenAt"] = DateTimeOffset.UtcNow.AddDays(1); break;
            case "command id missing": form.Remove("commandId"); break;
            default: throw new ArgumentOutOfRangeException(nameof(defect), defect, "Unknown defect.");
        }
    }
}
