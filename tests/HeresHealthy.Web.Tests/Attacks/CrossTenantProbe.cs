using System.Net;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>
/// Sends every API endpoint and method to the victim's case as one attacker and collects what went wrong: personal
/// values in an answer, a 2xx for something the attacker may not do, a 5xx. Writes go twice: with a fresh command id,
/// and with the one command id an outsider can know (the case id, which is the referral's command id).
/// </summary>
public sealed class CrossTenantProbe(IServiceProvider services, VictimCase victim, string workshopId)
{
    public int Attempts { get; private set; }

    public int Skipped { get; private set; }

    public List<string> Failures { get; } = [];

    public async Task RunAsync(Attacker attacker, ApiClient client, IReadOnlyList<ProbedEndpoint> endpoints)
    {
        foreach (var endpoint in endpoints)
        {
            var allowed = await endpoint.AllowsAsync(services, attacker.Role);
            var entitled = allowed && (attacker.IsNetworkParty || !endpoint.TargetsCase);
            var path = endpoint.PathWith(RouteValue);
            if (!endpoint.IsWrite)
            {
                await SendAsync(attacker, client, endpoint.Method, path, null, isWrite: false, mayAnswer2xx: entitled);
                continue;
            }

            // A write the attacker is entitled to (its own session, availability or referrals, the network's
            // workshops, the coordinator's assignment) is no attack on the victim; sending it would change real state.
            if (entitled)
            {
                Skipped++;
                continue;
            }

            foreach (var commandId in new[] { ApiClient.NewCommandId(), victim.CaseId })
            {
                await SendAsync(attacker, client, endpoint.Method, path, ProbeBody.For(commandId, DemoUsers.Lotsin2.Id), isWrite: true, mayAnswer2xx: false);
            }
        }
    }

    /// <summary>
    /// A complete, valid referral whose command id is the victim's case id. Another practice must get what any fresh
    /// command id gets (200 and a new case of its own, not a repeat), or it would learn that the id exists; every other
    /// role is refused.
    /// </summary>
    public async Task ReferWithVictimsIdAsync(Attacker attacker, ApiClient client)
    {
        var form = Referral.Form();
        form["commandId"] = victim.CaseId;
        const string method = "POST /api/referrals with the victim's case id as command id";
        if (attacker.Role != "Practice")
        {
            await SendAsync(attacker, client, method, "/api/referrals", form.ToJsonString(), isWrite: true, mayAnswer2xx: false);
            return;
        }

        Attempts++;
        using var response = await client.SendTextAsync(HttpMethod.Post, "/api/referrals", form.ToJsonString());
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Failures.Add($"{attacker}: {method} answered {(int)response.StatusCode} where a fresh command id answers 200: {text}");
            return;
        }

        var answer = Json.Parse<CommandAnswer>(text);
        if (answer.CaseId == victim.CaseId || answer.Repeated)
        {
            Failures.Add($"{attacker}: {method} was answered for the victim's case: {text}");
            return;
        }

        await client.MustAsync($"/api/referrals/{answer.CaseId}/withdrawal", new { reason = "Aufräumen nach dem Test." });
    }

    /// <summary>The victim's ids for the route's parameters; any other parameter gets the case id.</summary>
    private string RouteValue(string name) => name switch
    {
        "referralId" => victim.OnwardReferralId,
        "workshopId" => workshopId,
        _ => victim.CaseId,
    };

    private async Task SendAsync(Attacker attacker, ApiClient client, string method, string path, string? body, bool isWrite, bool mayAnswer2xx)
    {
        Attempts++;
        using var response = await client.SendTextAsync(new HttpMethod(method.Split(' ')[0]), path, body);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var status = (int)response.StatusCode;
        var what = $"{attacker}: {method} {path} answered {status}";
        if (status >= 500)
        {
            Failures.Add($"{what} (server error): {text}");
        }

        if (victim.LeakIn(text) is { } leaked)
        {
            Failures.Add($"{what} and leaked '{leaked}': {text}");
        }

        if (response.IsSuccessStatusCode && !mayAnswer2xx)
        {
            Failures.Add($"{what} (accepted, but not the attacker's to {(isWrite ? "change" : "read")}): {text}");
        }

        if (response.StatusCode == HttpStatusCode.BadRequest && text.Contains("X-CSRF-TOKEN", StringComparison.Ordinal))
        {
            Failures.Add($"{what} for want of the anti-forgery token: the probe itself is broken");
        }
    }
}
