using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>
/// Every user who is not entitled to a case (another practice, another Lotsin, the kiosk, the admin, the coordinator
/// for personal fields, nobody signed in) tries every API endpoint with the case's ids: nothing personal leaks, no
/// write is accepted, nothing fails with a server error, and the case stays as it was.
/// </summary>
[Collection(Alone.Name)]
public class CrossTenantProbeTests(WebApp app)
{
    [Fact]
    public async Task No_outsider_reads_or_changes_a_case_through_any_endpoint()
    {
        using var victim = await VictimCase.CreateAsync(app);
        var endpoints = await ProbedEndpoint.AllAsync(app.Services);
        using var kiosk = await app.SignInAsync(DemoUsers.Kiosk);
        var workshopId = (await kiosk.GetJsonAsync<List<Workshop>>("/api/kiosk/workshops")).First().Id;
        var probe = new CrossTenantProbe(app.Services, victim, workshopId);
        var before = await victim.SnapshotAsync();

        foreach (var attacker in Attacker.All)
        {
            using var client = await attacker.SignInAsync(app);
            await probe.RunAsync(attacker, client, endpoints);
            await probe.ReferWithVictimsIdAsync(attacker, client);
        }

        var summary = $"probes: {probe.Attempts} attempts by {Attacker.All.Count} attackers on {endpoints.Count} endpoints "
            + $"({probe.Skipped} entitled writes not sent), {probe.Failures.Count} failures";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Assert.True(probe.Failures.Count == 0, $"{summary}:\n{string.Join("\n", probe.Failures)}");
        Assert.True(probe.Attempts >= Attacker.All.Count * endpoints.Count, summary);
        Assert.Equal(before, await victim.SnapshotAsync());
        await victim.CloseAsync();
    }

    [Fact]
    public async Task No_outsider_hears_of_a_case_live_or_when_catching_up()
    {
        using var victim = await VictimCase.CreateAsync(app);
        var since = System.Text.Json.Nodes.JsonNode.Parse(await victim.Practice.GetTextAsync("/api/live/position"))!["position"]!.GetValue<long>();
        await using var hub = new HubProbe(victim);
        await hub.ConnectAsync(app);
        await using var entitled = await app.ConnectLiveAsync(victim.Practice);

        await victim.WriteMessageAsync("während die Angreifer zuhören");
        var appointmentId = await victim.ScheduleAtKioskAsync("während die Angreifer zuhören");

        await entitled.WaitForAsync(p => p.ViewText.Contains("während die Angreifer zuhören", StringComparison.Ordinal), "the practice's own push of its message");
        await AllHeardLaterMarkersAsync(hub, appointmentId);
        await hub.InspectAsync(since);
        var summary = $"hub probes: {hub.Attempts} catch-ups and pushes of {Attacker.All.Count - 1} connections, {hub.Failures.Count} failures";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Assert.True(hub.Failures.Count == 0, $"{summary}:\n{string.Join("\n", hub.Failures)}");
        await victim.CloseAsync();
    }

    /// <summary>
    /// Pushes go out in position order; once each connection has heard a change after the victim's last one, it has
    /// heard everything about the victim it was going to. The admin is in no group and hears nothing at all.
    /// </summary>
    private static async Task AllHeardLaterMarkersAsync(HubProbe hub, string appointmentId)
    {
        var (practice, lotsin, kiosk, coordinator) = (Attacker.All[0], Attacker.All[1], Attacker.All[2], Attacker.All[4]);
        await hub.Of(kiosk).WaitForAsync(p => p.Topic == "kiosk" && p.ViewText.Contains(appointmentId, StringComparison.Ordinal), "the kiosk's push of the appointment");
        var marker = await hub.ClientOf(practice).ReferAsync(Referral.Form());
        await hub.ClientOf(coordinator).AssignAsync(marker, DemoUsers.Lotsin2);
        await hub.Of(practice).WaitForAsync(p => p.CaseId == marker, "the other practice's own later referral");
        await hub.Of(lotsin).WaitForAsync(p => p.CaseId == marker, "the other Lotsin's own later offer");
        await hub.Of(coordinator).WaitForAsync(p => p.CaseId == marker && p.Topic == "board", "the board push of the later offer");
        await hub.ClientOf(lotsin).MustAsync($"/api/lotsin/cases/{marker}/decline", new { reason = "Aufräumen nach dem Test." });
        await hub.ClientOf(practice).MustAsync($"/api/referrals/{marker}/withdrawal", new { reason = "Aufräumen nach dem Test." });
    }
}
