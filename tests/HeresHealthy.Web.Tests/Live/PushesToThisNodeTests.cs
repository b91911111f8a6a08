using HeresHealthy.Testing;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Live;

/// <summary>
/// Each node pushes to its own connections only (web/Live/LivePublisher.cs): a view for a group with nobody connected
/// here is neither computed nor recorded as pushed. On an app of its own, since the shared app has other tests'
/// coordinators connected at any moment.
/// </summary>
public sealed class PushesToThisNodeTests(WebApp app) : IAsyncDisposable
{
    private readonly OwnApp _own = new(app);

    [Fact]
    public async Task The_board_is_pushed_and_recorded_only_once_a_coordinator_is_connected()
    {
        using var practice = await _own.SignedInAsync(DemoUsers.LivePractice);
        using var coordinator = await _own.SignedInAsync(DemoUsers.Coordinator);
        using var officer = await _own.SignedInAsync(DemoUsers.DataProtectionOfficer);
        await using var practiceLive = await _own.ConnectLiveAsync(practice);
        var caseId = await practice.ReferAsync(Referral.Form());
        await practiceLive.WaitForAsync(p => p.CaseId == caseId, "the practice's push of its referral");

        await using var board = await _own.ConnectLiveAsync(coordinator);
        await practice.MustAsync($"/api/referrals/{caseId}/messages", new { text = "Die Familie kommt am Freitag wieder." });

        await board.WaitForAsync(p => p.CaseId == caseId && p.Topic == "board", "the board push of the message");
        await Eventually.HoldsAsync(
            async () => (await officer.OfCaseAsync(caseId)).Count(r => r.Action == "push case") == 2,
            "push rows of the referral and the message for the practice");
        var rows = await officer.OfCaseAsync(caseId);

        // One board push, the message's: when the case was referred, no coordinator was connected.
        Assert.Equal(["coordinator:heres-healthy"], rows.Where(r => r.Action == "push board").Select(r => r.Actor));
    }

    public ValueTask DisposeAsync() => _own.DisposeAsync();
}
