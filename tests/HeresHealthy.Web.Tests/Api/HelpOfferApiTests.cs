using System.Net;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Api;

/// <summary>
/// The coordinator's directory of help offers: create, change and deactivate by command id, every change audited; a
/// 400 names the field; other roles get 403; the Lotsinnen hear of a change live. Run on SQLite here and on PostgreSQL
/// in <see cref="PostgresHelpOfferApiTests"/>. Test offers sort last ("Zz …", Elternwerkstatt), so that the other tests'
/// first offer of a kind stays the demo's.
/// </summary>
public class HelpOfferApiTests(WebApp app)
{
    private static object Offer(string name, bool active = true, string[]? districts = null, string[]? languages = null, string? kind = "ParentWorkshop") => new
    {
        offerKind = kind, name, provider = "Familienkiosk Herne", phone = "02323 16-4711", email = "werkstatt@example.de",
        address = "Familienkiosk\nBahnhofstraße 1", municipality = "Herne", districts = districts ?? ["Wanne"], languages = languages ?? ["de", "tr"], active,
    };

    [Fact]
    public async Task The_coordinator_creates_changes_and_deactivates_an_offer_once_per_command_id_and_each_change_is_audited()
    {
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin2.UserName);
        using var officer = await app.SignInAsync(DemoUsers.DataProtectionOfficer);
        await using var live = await app.ConnectLiveAsync(lotsin);
        var name = $"Zz Werkstatt {Guid.NewGuid():N}"[..24];
        var create = ApiClient.NewCommandId();
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);

        var created = await SavedAsync(coordinator.PostAsync("/api/help-offers", WithCommandId(Offer(name), create)));
        var again = await SavedAsync(coordinator.PostAsync("/api/help-offers", WithCommandId(Offer(name), create)));

        Assert.Equal((created.OfferId, false, true), (again.OfferId, created.Repeated, again.Repeated));
        var listed = (await lotsin.GetJsonAsync<List<HelpOffer>>("/api/help-offers")).Single(o => o.Name == name);
        Assert.Equal((created.OfferId, true, "Familienkiosk Herne"), (listed.Id, listed.Active, listed.Provider));
        Assert.Equal(["de", "tr"], listed.Languages);
        Assert.Equal(["Wanne"], listed.Districts);
        await live.WaitForAsync(p => p.Topic == "helpoffers" && p.ViewText.Contains(name, StringComparison.Ordinal), "the Lotsin's push of the new offer");

        var deactivate = ApiClient.NewCommandId();
        using (var response = await coordinator.PutAsync($"/api/help-offers/{created.OfferId}", WithCommandId(Offer(name, active: false), deactivate)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.False((await lotsin.GetJsonAsync<List<HelpOffer>>("/api/help-offers")).Single(o => o.Id == created.OfferId).Active);
        var rows = await officer.OfActorAsync("Coordinator:koordination", start);
        rows.HasRow("Coordinator:koordination", "POST /api/help-offers/");
        rows.HasRow("Coordinator:koordination", "PUT /api/help-offers/{offerId}");
    }

    [Fact]
    public async Task A_deactivated_offer_is_refused_for_a_new_onward_referral_naming_the_offer()
    {
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var practice = await app.SignInAsync(DemoUsers.LotsinPractice);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin2.UserName);
        var name = $"Zz Alt {Guid.NewGuid():N}"[..20];
        var created = await SavedAsync(coordinator.PostAsync("/api/help-offers", WithCommandId(Offer(name, active: false), ApiClient.NewCommandId())));
        var caseId = await app.ReferAcceptedAsync(practice, DemoUsers.Lotsin2);
        await lotsin.MustAsync($"/api/lotsin/cases/{caseId}/first-meeting");

        using var refused = await lotsin.PostAsync($"/api/lotsin/cases/{caseId}/onward-referrals", new { commandId = ApiClient.NewCommandId(), offerId = created.OfferId });

        var problem = await Problem.InvalidAsync(refused, "offerId");
        Assert.Contains("nicht mehr aktiv", problem.Detail, StringComparison.Ordinal);
        await lotsin.MustAsync($"/api/lotsin/cases/{caseId}/consent-withdrawal");
    }

    [Theory]
    [InlineData("name", """{"commandId":"c-name","offerKind":"ParentWorkshop","name":"","municipality":"Herne"}""")]
    [InlineData("$.name", """{"commandId":"c-control","offerKind":"ParentWorkshop","name":"Zz Abgelehnt\u0007B","municipality":"Herne"}""")]
    [InlineData("offerKind", """{"commandId":"c-kind","name":"Zz Abgelehnt","municipality":"Herne"}""")]
    [InlineData("$.offerKind", """{"commandId":"c-kind-word","offerKind":"Zauberei","name":"Zz Abgelehnt","municipality":"Herne"}""")]
    [InlineData("municipality", """{"commandId":"c-town","offerKind":"ParentWorkshop","name":"Zz Abgelehnt","municipality":"Bochum"}""")]
    [InlineData("districts", """{"commandId":"c-district","offerKind":"ParentWorkshop","name":"Zz Abgelehnt","municipality":"Herne","districts":["Süd"]}""")]
    [InlineData("languages", """{"commandId":"c-language","offerKind":"ParentWorkshop","name":"Zz Abgelehnt","municipality":"Herne","languages":["xx"]}""")]
    [InlineData("email", """{"commandId":"c-email","offerKind":"ParentWorkshop","name":"Zz Abgelehnt","municipality":"Herne","email":"keine Adresse"}""")]
    [InlineData("$.phone", """{"commandId":"c-phone","offerKind":"ParentWorkshop","name":"Zz Abgelehnt","municipality":"Herne","phone":"0232\n3"}""")]
    [InlineData("commandId", """{"offerKind":"ParentWorkshop","name":"Zz Abgelehnt","municipality":"Herne"}""")]
    public async Task Bad_input_is_refused_with_400_naming_the_field_and_nothing_is_stored(string field, string json)
    {
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);

        using var response = await coordinator.PostTextAsync("/api/help-offers", json);

        await Problem.InvalidAsync(response, field);
        Assert.DoesNotContain("Zz Abgelehnt", await coordinator.GetTextAsync("/api/help-offers"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoUsers.LotsinPractice, "POST")]
    [InlineData("lotsin2", "POST")]
    [InlineData("lotsin2", "PUT")]
    [InlineData(DemoUsers.Kiosk, "PUT")]
    [InlineData(DemoUsers.Admin, "POST")]
    [InlineData(DemoUsers.Reporting, "POST")]
    public async Task Other_roles_may_not_change_the_directory(string account, string method)
    {
        using var user = await app.SignInAsync(account);
        var body = WithCommandId(Offer("Zz Verboten"), ApiClient.NewCommandId());

        using var response = method == "POST" ? await user.PostAsync("/api/help-offers", body) : await user.PutAsync("/api/help-offers/fruehe-hilfen-herne", body);

        await Problem.ReadAsync(response, HttpStatusCode.Forbidden);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        Assert.DoesNotContain("Zz Verboten", await coordinator.GetTextAsync("/api/help-offers"), StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> WithCommandId(object offer, string commandId)
    {
        var fields = offer.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(offer));
        fields["commandId"] = commandId;
        return fields;
    }

    private static async Task<Saved> SavedAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {text}");
        return Json.Parse<Saved>(text);
    }

    private sealed record Saved(string OfferId, bool Repeated);
}

public sealed class PostgresHelpOfferApiTests(PostgresQuietApp app) : HelpOfferApiTests(app), IClassFixture<PostgresQuietApp>;
