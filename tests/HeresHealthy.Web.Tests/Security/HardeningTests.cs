using System.Net;
using HeresHealthy.Web.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace HeresHealthy.Web.Tests.Security;

/// <summary>Request size limits, unreadable bodies and failures (web/Hosting/RequestLimits.cs, web/Api/BadRequestProblems.cs).</summary>
public sealed class HardeningTests(WebApp app)
{
    private static readonly string[] _internals = ["System.", "HeresHealthy.", "Microsoft.", "   at ", "Exception", "grain"];

    [Fact]
    public async Task A_body_over_64_KiB_is_refused_with_413_and_refers_nobody()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        var form = Referral.Form();
        form["note"] = new string('x', 70 * 1024);

        using var response = await practice.PostAsync("/api/referrals", form);

        await Problem.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge);
        using var lookup = await practice.GetAsync($"/api/referrals/{form.CaseId()}");
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task A_wrong_type_is_answered_400_naming_the_json_field_without_dotnet_type_names()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        var form = Referral.Form();
        form["family"]!["childBirthYear"] = "zweitausend";

        using var response = await practice.PostAsync("/api/referrals", form);

        await Problem.InvalidAsync(response, "$.family.childBirthYear");
        AssertNoInternals(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var lookup = await practice.GetAsync($"/api/referrals/{form.CaseId()}");
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task A_missing_body_is_answered_400()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);

        using var response = await practice.PostTextAsync("/api/referrals", "");

        await Problem.InvalidAsync(response, "body");
    }

    [Fact]
    public async Task A_failure_inside_the_app_is_a_plain_500_without_stack_trace_or_internal_names()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        var caseId = $"kaputt-{Guid.NewGuid():N}";
        await WriteCorruptCaseStateAsync(caseId);

        using var response = await practice.GetAsync($"/api/referrals/{caseId}");

        var problem = await Problem.ReadAsync(response, HttpStatusCode.InternalServerError);
        Assert.Equal("Interner Fehler", problem.Title);
        AssertNoInternals(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static void AssertNoInternals(string body)
    {
        foreach (var name in _internals)
        {
            Assert.DoesNotContain(name, body, StringComparison.Ordinal);
        }
    }

    /// <summary>A case row the app cannot read, as a damaged disk or a botched manual edit leaves it.</summary>
    private async Task WriteCorruptCaseStateAsync(string caseId)
    {
        await using var connection = new SqliteConnection(app.SqliteConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO grain_state (grain_type, grain_key, version, event_sequence, payload, created_at, updated_at) VALUES ('case', $key, 1, 1, '{\"Case\": [broken', 0, 0)";
        command.Parameters.AddWithValue("$key", caseId);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
