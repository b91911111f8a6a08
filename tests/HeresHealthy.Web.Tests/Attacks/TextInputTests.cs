using System.Net;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>
/// Control characters, unpaired surrogates and non-characters in any text or id of any write, in a route value or in
/// the sign-in's user name are refused with 400 naming the field, before anything is stored (PostgreSQL refuses U+0000
/// in text and answered 500); line breaks only where a text has several lines. Run on SQLite here and on PostgreSQL
/// in <see cref="PostgresTextInputTests"/>.
/// </summary>
[Collection(Alone.Name)]
public class TextInputTests(WebApp app)
{
    [Fact]
    public async Task Every_text_and_id_of_every_write_refuses_control_characters_surrogates_and_noncharacters_naming_the_field()
    {
        using var victim = await VictimCase.CreateAsync(app);
        using var anonymous = app.Anonymous();
        using var kiosk = await app.SignInAsync(DemoUsers.Kiosk);
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        var callers = new[] { ("Practice", victim.Practice), ("Lotsin", victim.Lotsin), ("Coordinator", victim.Coordinator), ("Kiosk", kiosk), ("Admin", admin) };
        var before = await StateAsync(victim);
        var failures = new List<string>();
        var sent = 0;

        foreach (var endpoint in (await ProbedEndpoint.AllAsync(app.Services)).Where(e => e.IsWrite && e.BodyType is not null))
        {
            var caller = endpoint.AllowsAnonymous ? anonymous : await endpoint.CallerAsync(app.Services, callers);
            var shape = BodyShape.Of(endpoint.BodyType!);
            var path = endpoint.PathWith(name => name == "referralId" ? victim.OnwardReferralId : victim.CaseId);
            foreach (var field in shape.Texts.Concat(shape.Ids))
            {
                foreach (var escape in RefusedCharacters.JsonEscapes)
                {
                    sent++;
                    var body = BodyWith(endpoint, field, escape, DemoUsers.Lotsin3.Id);
                    using var response = await caller.SendTextAsync(new HttpMethod(endpoint.Method), path, body);
                    if (await FaultAsync(response, field) is { } fault)
                    {
                        failures.Add($"{endpoint} {field} = a{escape}b: {fault}");
                    }
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{sent} requests with a refused character, {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
        Assert.True(sent > 300, $"only {sent} requests sent");
        Assert.Equal(before, await StateAsync(victim));
        await victim.CloseAsync();
    }

    [Fact]
    public async Task A_line_break_is_refused_in_a_name_and_kept_in_a_note()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        foreach (var escape in RefusedCharacters.LineBreaks)
        {
            var name = Referral.Form();
            name["family"]!["guardianName"] = RefusedCharacters.Placeholder;
            using var refused = await practice.PostTextAsync("/api/referrals", Escaped(name.ToJsonString(), escape));
            await Problem.InvalidAsync(refused, "$.family.guardianName");
        }

        var note = Referral.Form();
        note["note"] = $"Erste Zeile{RefusedCharacters.Placeholder}zweite Zeile";
        using var accepted = await practice.PostTextAsync("/api/referrals", Escaped(note.ToJsonString(), @"\r\n"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task A_NUL_in_the_user_name_of_a_sign_in_is_refused_with_400_naming_it()
    {
        using var anonymous = app.Anonymous();
        foreach (var escape in RefusedCharacters.JsonEscapes)
        {
            using var response = await anonymous.PostTextAsync("/api/session", $$"""{"userName":"praxis01{{escape}}","password":"x"}""");
            await Problem.InvalidAsync(response, "$.userName");
        }
    }

    [Fact]
    public async Task A_control_character_in_a_route_value_is_refused_with_400_naming_it()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        foreach (var value in new[] { "%01", "a%1Bb", "%7F", "%C2%85", "%EF%BF%BE" })
        {
            using var response = await practice.GetAsync($"/api/referrals/{value}");
            await Problem.InvalidAsync(response, "caseId");
        }
    }

    private static async Task<string?> FaultAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            return $"answered {(int)response.StatusCode}: {text}";
        }

        var problem = Json.Parse<Problem>(text);
        return problem.Errors?.ContainsKey($"$.{field}") == true ? null : $"400 naming {string.Join(", ", problem.Errors?.Keys.ToArray() ?? [])}";
    }

    private static string BodyWith(ProbedEndpoint endpoint, string field, string escape, string lotsinId)
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(endpoint.ValidBody(lotsinId))!.AsObject();
        MalformedBodies.Set(body, field, $"a{RefusedCharacters.Placeholder}b");
        return Escaped(body.ToJsonString(), escape);
    }

    private static string Escaped(string json, string escape) => json.Replace(RefusedCharacters.Placeholder, escape, StringComparison.Ordinal);

    private static async Task<string> StateAsync(VictimCase victim) => string.Join(
        "\n",
        await victim.Practice.GetTextAsync("/api/live/position"),
        await victim.SnapshotAsync(),
        await victim.Lotsin.GetTextAsync("/api/lotsin/me"));
}
