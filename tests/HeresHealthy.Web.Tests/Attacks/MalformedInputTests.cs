using System.Globalization;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Web.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>
/// Hundreds of generated invalid requests for every write endpoint (enumerated from the app), each sent by a user
/// the endpoint is for: every one is refused with a 4xx ProblemDetails that names no code, and nothing changes:
/// not the outbox head, not the victim case, not the Lotsin, not the kiosk's workshops.
/// Set HERES_MALFORMED_SEED to replay a run with another seed.
/// </summary>
[Collection(Alone.Name)]
public class MalformedInputTests(WebApp app)
{
    private const int CasesPerEndpoint = 250;

    [Fact]
    public async Task Generated_invalid_requests_are_refused_with_4xx_problems_and_change_nothing()
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"storage: {app.Services.GetRequiredService<IConfiguration>()["Storage:Provider"]}");
        var seed = int.TryParse(Environment.GetEnvironmentVariable("HERES_MALFORMED_SEED"), CultureInfo.InvariantCulture, out var chosen) ? chosen : 20261124;
        using var victim = await VictimCase.CreateAsync(app);
        using var kiosk = await app.SignInAsync(DemoUsers.Kiosk);
        using var anonymous = app.Anonymous();
        using var admin = await app.SignInAsync(DemoUsers.Admin);
        var workshopId = (await kiosk.GetJsonAsync<List<Workshop>>("/api/kiosk/workshops")).First().Id;
        var callers = new (string Role, ApiClient Client)[] { ("Practice", victim.Practice), ("Lotsin", victim.Lotsin), ("Coordinator", victim.Coordinator), ("Kiosk", kiosk), ("Admin", admin) };
        var generator = new MalformedBodies(new Random(seed));
        var failures = new List<string>();
        var counts = new List<string>();
        var generated = 0;
        var before = await StateAsync(victim, kiosk);

        foreach (var endpoint in (await ProbedEndpoint.AllAsync(app.Services)).Where(e => e.IsWrite))
        {
            if (endpoint.BodyType is null)
            {
                counts.Add($"{endpoint}: takes no body, nothing generated");
                continue;
            }

            var caller = endpoint.AllowsAnonymous ? anonymous : await endpoint.CallerAsync(app.Services, callers);
            string validBody() => endpoint.ValidBody(DemoUsers.Lotsin3.Id);
            var sent = 0;
            foreach (var request in generator.For(endpoint, name => RouteValue(name, victim, workshopId), validBody, CasesPerEndpoint))
            {
                sent++;
                using var response = await caller.SendTextAsync(new HttpMethod(endpoint.Method), request.Path, request.Body);
                var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                if (ProblemAnswer.Fault(response, text) is { } fault)
                {
                    failures.Add($"{endpoint} ({request.Defect}) {fault}: {request.Path} {Shorten(request.Body)} -> {Shorten(text)}");
                }
            }

            generated += sent;
            counts.Add($"{endpoint}: {sent} cases");
        }

        var summary = $"malformed input (seed {seed}): {generated} cases, {failures.Count} failures";
        TestContext.Current.TestOutputHelper?.WriteLine($"{summary}\n{string.Join("\n", counts)}");
        Assert.True(failures.Count == 0, $"{summary}:\n{string.Join("\n", failures.Take(40))}");
        Assert.True(generated >= 10 * CasesPerEndpoint, summary);
        Assert.Equal(before, await StateAsync(victim, kiosk));
        await victim.CloseAsync();
    }

    private static string RouteValue(string name, VictimCase victim, string workshopId) => name switch
    {
        "referralId" => victim.OnwardReferralId,
        "workshopId" => workshopId,
        _ => victim.CaseId,
    };

    /// <summary>Everything the generated requests could have changed.</summary>
    private static async Task<string> StateAsync(VictimCase victim, ApiClient kiosk) => string.Join(
        "\n",
        await victim.Practice.GetTextAsync("/api/live/position"),
        await victim.SnapshotAsync(),
        await victim.Lotsin.GetTextAsync("/api/lotsin/me"),
        await kiosk.GetTextAsync("/api/kiosk/workshops"));

    private static string Shorten(string? text) => text is null ? "(none)" : text.Length <= 200 ? text : $"{text[..200]}… ({text.Length} chars)";
}
