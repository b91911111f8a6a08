using System.Net;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Api;

/// <summary>
/// The workshop planning API (/api/kiosk/planning/workshops): kiosk staff and the coordinator plan, register families by
/// name with consent (a waiting list when full) and see them move up; other roles are refused; bad input is a 400
/// naming the field. Run on SQLite here and on PostgreSQL in <see cref="PostgresWorkshopApiTests"/>.
/// </summary>
public class WorkshopApiTests(WebApp app)
{
    private const string Path = "/api/kiosk/planning/workshops";

    [Fact]
    public async Task The_coordinator_plans_a_series_and_kiosk_staff_register_families_by_name_with_a_waiting_list_and_move_up()
    {
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var kiosk = await app.SignInAsync(DemoUsers.Kiosk);
        var title = $"Elternwerkstatt {Guid.NewGuid():N}"[..28];
        var command = ApiClient.NewCommandId();
        using var planned = await coordinator.CommandAsync($"{Path}/", Plan(title, capacity: 1, dates: 2), command);
        using var again = await coordinator.CommandAsync($"{Path}/", Plan(title, capacity: 1, dates: 2), command);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (planned.StatusCode, again.StatusCode));

        var series = (await kiosk.GetJsonAsync<List<Workshop>>($"{Path}/")).Where(w => w.Title == title).ToList();
        Assert.Equal(2, series.Count);
        Assert.All(series, w => Assert.Equal((command, "Sabine Krämer", "Herne"), (w.SeriesId, w.Leader, w.Municipality)));
        var first = series[0].Id;
        await kiosk.MustAsync($"{Path}/{first}/families", new { name = "Familie Aydın", phone = "02323 12345", consent = true });
        await kiosk.MustAsync($"{Path}/{first}/families", new { name = "Familie Berg", consent = true });
        var full = (await kiosk.GetJsonAsync<List<Workshop>>($"{Path}/")).Single(w => w.Id == first);
        Assert.Equal(("Familie Aydın", "Familie Berg"), (full.Families.Single().Name, full.Waiting.Single().Name));

        await coordinator.MustAsync($"{Path}/{first}/families/{full.Families[0].Id}/cancellation");

        var movedUp = (await kiosk.GetJsonAsync<List<Workshop>>($"{Path}/")).Single(w => w.Id == first);
        Assert.Equal(("Familie Berg", true, 0), (movedUp.Families.Single().Name, movedUp.Families.Single().MovedUp, movedUp.Waiting.Count));
        await kiosk.MustAsync($"{Path}/{first}/cancellation");
        var cancelled = await kiosk.CommandAsync($"{Path}/{first}/families", new { name = "Familie Cem", consent = true });
        await Problem.ConflictAsync(cancelled, "Cancelled");
    }

    [Fact]
    public async Task A_planned_workshop_reaches_the_kiosk_staffs_and_the_coordinators_planning_live()
    {
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var kiosk = await app.SignInAsync(DemoUsers.Kiosk);
        await using var kioskLive = await app.ConnectLiveAsync(kiosk);
        await using var coordinatorLive = await app.ConnectLiveAsync(coordinator);
        var title = $"Elternwerkstatt {Guid.NewGuid():N}"[..28];

        await coordinator.MustAsync($"{Path}/", Plan(title, capacity: 3, dates: 1));

        await kioskLive.WaitForAsync(p => p.Topic == "workshops" && p.ViewText.Contains(title, StringComparison.Ordinal), "the kiosk staff's planning with the new workshop");
        await kioskLive.WaitForAsync(p => p.Topic == "kiosk" && p.ViewText.Contains(title, StringComparison.Ordinal), "the kiosk's week with the new workshop");
        await coordinatorLive.WaitForAsync(p => p.Topic == "workshops" && p.ViewText.Contains(title, StringComparison.Ordinal), "the coordinator's planning with the new workshop");
    }

    [Theory]
    [InlineData("title", "")]
    [InlineData("leader", "")]
    [InlineData("municipality", "Bochum")]
    [InlineData("capacity", 0)]
    [InlineData("date", null)]
    [InlineData("title", "Werkstatt\u0007")]
    public async Task A_plan_with_a_bad_field_is_refused_naming_it(string field, object? value)
    {
        using var kiosk = await app.SignInAsync(DemoUsers.Kiosk);
        var body = Json.ToObject(Plan("Elternwerkstatt: Zähne", capacity: 5, dates: 1));
        body[field] = value is null ? null : Json.ToObject(new { value })["value"]!.DeepClone();

        using var response = await kiosk.CommandAsync($"{Path}/", body);

        // A control character is refused while the body is read, named by its JSON path as everywhere in the API.
        await Problem.InvalidAsync(response, value is string text && text.Any(char.IsControl) ? $"$.{field}" : field);
    }

    [Fact]
    public async Task A_registration_by_name_without_consent_or_with_a_bad_phone_is_refused_naming_the_field()
    {
        using var kiosk = await app.SignInAsync(DemoUsers.Kiosk);
        var title = $"Elternwerkstatt {Guid.NewGuid():N}"[..28];
        await kiosk.MustAsync($"{Path}/", Plan(title, capacity: 5, dates: 1));
        var id = (await kiosk.GetJsonAsync<List<Workshop>>($"{Path}/")).Single(w => w.Title == title).Id;

        using var noConsent = await kiosk.CommandAsync($"{Path}/{id}/families", new { name = "Familie A", consent = false });
        using var badPhone = await kiosk.CommandAsync($"{Path}/{id}/families", new { name = "Familie A", phone = "=1+1", consent = true });
        using var noName = await kiosk.CommandAsync($"{Path}/{id}/families", new { name = "", consent = true });

        await Problem.InvalidAsync(noConsent, "consent");
        await Problem.InvalidAsync(badPhone, "phone");
        await Problem.InvalidAsync(noName, "name");
        Assert.Empty((await kiosk.GetJsonAsync<List<Workshop>>($"{Path}/")).Single(w => w.Id == id).Families);
    }

    [Theory]
    [InlineData("lotsin1")]
    [InlineData("praxis01")]
    [InlineData("berichte")]
    [InlineData("admin")]
    public async Task Other_roles_may_neither_read_nor_plan_workshops(string user)
    {
        using var other = await app.SignInAsync(user);

        using var read = await other.GetAsync($"{Path}/");
        using var plan = await other.CommandAsync($"{Path}/", Plan("Elternwerkstatt: Zähne", capacity: 5, dates: 1));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (read.StatusCode, plan.StatusCode));
    }

    private static object Plan(string title, int capacity, int dates) => new
    {
        title,
        date = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        time = "16:00",
        place = "Familienkiosk Herne",
        municipality = "Herne",
        capacity,
        languages = new[] { "de", "tr" },
        leader = "Sabine Krämer",
        dates,
        weeksApart = 1,
    };
}

/// <summary>The workshop planning API against the app on PostgreSQL.</summary>
public sealed class PostgresWorkshopApiTests(PostgresQuietApp app) : WorkshopApiTests(app), IClassFixture<PostgresQuietApp>;
