using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>
/// Every user who is not entitled to a case (another practice, another Lotsin, the kiosk, the admin, the coordinator
/// for personal fields, nobody signed in) tries every API endpoint with the case's ids: nothing personal leaks, no
/// write is accepted, nothing fails with a server error, and the case stays as it was.
/// </summary>
[Collection(Alone.Name)]
public sealed class CrossTenantProbeTests(WebApp app)
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
}
