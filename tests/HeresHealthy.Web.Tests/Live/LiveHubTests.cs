using System.Net;
using System.Text.Json;
using HeresHealthy.Grains.Abstractions.Accounts.Events;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Silo;
using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Testing;
using HeresHealthy.Web.Live;
using HeresHealthy.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Web.Tests.Live;

/// <summary>
/// The live hub (web/Live) through real SignalR connections: every push reaches the people entitled to it, cut to
/// them, and nobody else; a reconnecting client catches up on exactly what it missed.
/// </summary>
public sealed class LiveHubTests(WebApp app)
{
    [Fact]
    public async Task The_practice_is_told_live_when_its_referral_is_accepted()
    {
        using var practice = await app.SignInAsync(DemoUsers.LivePractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin3.UserName);
        await using var live = await app.ConnectLiveAsync(practice);
        // A push carries the case's view when it is computed, which is the newest: each step waits for the practice's
        // push of the step before, as a person watching would, so that no push is computed after the next command.
        var caseId = await practice.ReferAsync(Referral.Form());
        await live.WaitForAsync(p => p.CaseId == caseId && p.Status == CaseStatus.Referred, "the practice's push of its referral");
        await coordinator.AssignAsync(caseId, DemoUsers.Lotsin3);
        await live.WaitForAsync(p => p.CaseId == caseId && p.Status == CaseStatus.Assigned, "the practice's push of the assignment");

        await lotsin.AcceptAsync(caseId);

        var accepted = await live.WaitForAsync(p => p.CaseId == caseId && p.Status == CaseStatus.Accepted, "the practice's push of the acceptance");
        Assert.Equal("case", accepted.Topic);
        Assert.True(accepted.Position > 0);
        Assert.False(string.IsNullOrEmpty(accepted.View.GetProperty("lotsinName").GetString()));
        Assert.Equal(
            [CaseStatus.Referred, CaseStatus.Assigned, CaseStatus.Accepted],
            live.About(caseId).Select(p => p.Status ?? CaseStatus.None));
        Assert.All(live.About(caseId), p => Assert.Equal("case", p.Topic));
        AssertIncreasing(live.Pushes);
        await lotsin.CloseAsync(caseId);
    }

    [Fact]
    public async Task The_assigned_Lotsin_is_offered_the_case_live_and_another_Lotsin_hears_nothing_of_it()
    {
        using var practice = await app.SignInAsync(DemoUsers.LivePractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var assignedUser = await app.SignInAsync(DemoUsers.Lotsin3.UserName);
        using var otherUser = await app.SignInAsync(DemoUsers.Lotsin2.UserName);
        await using var assigned = await app.ConnectLiveAsync(assignedUser);
        await using var other = await app.ConnectLiveAsync(otherUser);
        var caseId = await practice.ReferAsync(Referral.Form());
        var markerId = await practice.ReferAsync(Referral.Form());

        await coordinator.AssignAsync(caseId, DemoUsers.Lotsin3);
        await coordinator.AssignAsync(markerId, DemoUsers.Lotsin2);

        var offer = await assigned.WaitForAsync(p => p.CaseId == caseId, "the assigned Lotsin's offer");
        Assert.Equal(("offer", CaseStatus.Assigned), (offer.Topic, offer.Status));
        Assert.False(offer.View.GetProperty("isResponsible").GetBoolean());
        Assert.Equal(JsonValueKind.Null, offer.View.GetProperty("family").ValueKind);
        var marker = await other.WaitForAsync(p => p.CaseId == markerId, "the other Lotsin's own, later offer");
        Assert.True(marker.Position > offer.Position);
        Assert.Empty(other.About(caseId));
        Assert.Empty(assigned.About(markerId));
        await otherUser.MustAsync($"/api/lotsin/cases/{markerId}/decline", new { reason = "Aufräumen nach dem Test." });
        await assignedUser.MustAsync($"/api/lotsin/cases/{caseId}/decline", new { reason = "Aufräumen nach dem Test." });
    }

    [Fact]
    public async Task The_coordinator_is_pushed_the_board_without_family_names()
    {
        using var practice = await app.SignInAsync(DemoUsers.LivePractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        await using var board = await app.ConnectLiveAsync(coordinator);
        var form = Referral.Form();

        var caseId = await practice.ReferAsync(form);

        var push = await board.WaitForAsync(p => p.CaseId == caseId && p.Topic == "board", "the board push of the referral");
        Assert.Contains(
            push.View.GetProperty("queue").EnumerateArray(),
            q => q.GetProperty("caseId").GetString() == caseId);
        Assert.DoesNotContain(form.GuardianName(), push.ViewText, StringComparison.Ordinal);
        Assert.DoesNotContain(form.ChildFirstName(), push.ViewText, StringComparison.Ordinal);
        Assert.DoesNotContain("0176 5550123", push.ViewText, StringComparison.Ordinal);
        // No case or offer push (they carry family data); the directory and workshop pushes of other tests may come too.
        Assert.All(board.Pushes, p => Assert.Contains(p.Topic, (string[])["board", "helpoffers", "workshops"]));
        AssertIncreasing(board.Pushes);
    }

    [Fact]
    public async Task A_catch_up_after_a_position_beyond_the_newest_returns_nothing()
    {
        using var practice = await app.SignInAsync(DemoUsers.CatchUpPractice);
        await using var live = await app.ConnectLiveAsync(practice);
        await practice.ReferAsync(Referral.Form());

        Assert.Empty(await live.CatchUpAsync(long.MaxValue));
        Assert.Empty(await live.CatchUpAsync(long.MaxValue - 1));
    }

    [Fact]
    public async Task A_reconnecting_practice_catches_up_on_exactly_the_pushes_it_missed()
    {
        using var practice = await app.SignInAsync(DemoUsers.CatchUpPractice);
        using var otherPractice = await app.SignInAsync(DemoUsers.BoardPractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin3.UserName);
        await using var stayed = await app.ConnectLiveAsync(practice);
        string caseId;
        long lastSeen;
        await using (var left = await app.ConnectLiveAsync(practice))
        {
            caseId = await practice.ReferAsync(Referral.Form());
            lastSeen = (await left.WaitForAsync(p => p.CaseId == caseId, "the referral's push before leaving")).Position;
        }

        var othersCase = await otherPractice.ReferAsync(Referral.Form());
        await coordinator.AssignAsync(caseId, DemoUsers.Lotsin3);
        await lotsin.AcceptAsync(caseId);
        await lotsin.MustAsync($"/api/lotsin/cases/{caseId}/feedback", new { kind = FeedbackKind.FirstContact, text = "Treffen am Montag." });
        var last = await stayed.WaitForAsync(p => p.CaseId == caseId && p.View.GetProperty("feedback").GetArrayLength() == 3, "the feedback's push");
        await using var back = await app.ConnectLiveAsync(practice);

        var caughtUp = await back.CatchUpAsync(lastSeen);

        var missed = stayed.Pushes.Where(p => p.Position > lastSeen && p.Position <= last.Position).Select(p => p.Key).ToList();
        Assert.Equal(missed, caughtUp.Where(p => p.Position <= last.Position).Select(p => p.Key));
        Assert.Equal(3, caughtUp.Count(p => p.CaseId == caseId));
        Assert.DoesNotContain(caughtUp, p => p.CaseId == othersCase);
        Assert.Equal(CaseStatus.Accepted, caughtUp.Last(p => p.CaseId == caseId).Status);
        AssertIncreasing(caughtUp);
        await lotsin.CloseAsync(caseId);
    }

    [Fact]
    public async Task An_urgent_referral_is_pushed_to_Lotsinnen_on_duty_and_not_to_those_off_duty()
    {
        using var practice = await app.SignInAsync(DemoUsers.LivePractice);
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        using var offDutyUser = await app.SignInAsync(DemoUsers.Lotsin2.UserName);
        using var onDutyUser = await app.SignInAsync(DemoUsers.Lotsin1.UserName);
        await using var onDuty = await app.ConnectLiveAsync(onDutyUser);
        await using var offDuty = await app.ConnectLiveAsync(offDutyUser);
        var form = Referral.Form(familyPresentNow: true);
        var markerId = await practice.ReferAsync(Referral.Form());

        var caseId = await practice.ReferAsync(form);
        await coordinator.AssignAsync(markerId, DemoUsers.Lotsin2);

        var urgent = await onDuty.WaitForAsync(p => p.CaseId == caseId, "the urgent referral's push to a Lotsin on duty");
        Assert.Equal(("offer", CaseStatus.Referred), (urgent.Topic, urgent.Status));
        Assert.True(urgent.View.GetProperty("urgent").GetBoolean());
        Assert.DoesNotContain(form.GuardianName(), urgent.ViewText, StringComparison.Ordinal);
        await offDuty.WaitForAsync(p => p.CaseId == markerId, "the off-duty Lotsin's own, later offer");
        Assert.Empty(offDuty.About(caseId));
        await offDutyUser.MustAsync($"/api/lotsin/cases/{markerId}/decline", new { reason = "Aufräumen nach dem Test." });
        await practice.MustAsync($"/api/referrals/{caseId}/withdrawal", new { reason = "Aufräumen nach dem Test." });
    }

    [Fact]
    public async Task A_hub_connection_without_a_session_is_refused()
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => app.ConnectLiveAsync(null));

        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_signed_out_everywhere_cannot_reconnect_to_the_hub()
    {
        using var phone = await app.SignInAsync(DemoUsers.SignedOutLivePractice);
        using var office = await app.SignInAsync(DemoUsers.SignedOutLivePractice);
        var stale = phone.CookieHeader;

        using var everywhere = await office.PostAsync("/api/session/everywhere", null);

        Assert.Equal(HttpStatusCode.NoContent, everywhere.StatusCode);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => LiveClient.ConnectAsync(app.Server, stale, TestContext.Current.CancellationToken));
        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Signing out everywhere (a lost phone) ends every session of the account; a live connection is one, so it must
    /// not go on receiving the practice's cases (PROTOCOL.md: every party entitled is told live, nobody else ever is).
    /// </summary>
    [Fact]
    public async Task A_live_connection_of_a_session_signed_out_everywhere_hears_nothing_more()
    {
        using var phone = await app.SignInAsync(DemoUsers.SignedOutLivePractice);
        await using var lost = await app.ConnectLiveAsync(phone);
        using var office = await app.SignInAsync(DemoUsers.SignedOutLivePractice);
        using var everywhere = await office.PostAsync("/api/session/everywhere", null);
        Assert.Equal(HttpStatusCode.NoContent, everywhere.StatusCode);
        using var again = await app.SignInAsync(DemoUsers.SignedOutLivePractice);
        await using var current = await app.ConnectLiveAsync(again);
        var form = Referral.Form();

        var caseId = await again.ReferAsync(form);
        await again.MustAsync($"/api/referrals/{caseId}/messages", new { text = "Zweite Änderung." });

        await current.WaitForAsync(p => p.CaseId == caseId && p.View.GetProperty("messages").GetArrayLength() == 1, "the current session's push of the second change");
        Assert.Empty(lost.About(caseId));
    }

    /// <summary>
    /// A node hears of "sign out everywhere" after the commit, possibly after the account signed in again (a fresh-clone
    /// run saw the new session's connection closed by it): the node closes only the sessions the account ended. The
    /// event is handed to this node's publisher once more after the new connection is up, as a node that hears late.
    /// </summary>
    [Fact]
    public async Task A_sign_out_everywhere_heard_after_the_next_sign_in_leaves_the_new_session_connected()
    {
        var userName = DemoUsers.SignedOutLivePractice;
        using var phone = await app.SignInAsync(userName);
        await using var lost = await app.ConnectLiveAsync(phone);
        using var office = await app.SignInAsync(userName);
        using var everywhere = await office.PostAsync("/api/session/everywhere", null);
        Assert.Equal(HttpStatusCode.NoContent, everywhere.StatusCode);
        using var again = await app.SignInAsync(userName);
        await using var current = await app.ConnectLiveAsync(again);

        var publisher = app.Services.GetServices<IEventSubscriber>().OfType<LivePublisher>().Single();
        var late = new EventEnvelope(
            0, new StateId("account", userName), 0, EventTypes.NameOf(typeof(SignedOutEverywhere)),
            JsonSerializer.Serialize(new SignedOutEverywhere(userName), SiloJson.Options), null, "late-node", DateTimeOffset.UtcNow);
        await publisher.OnEventsAsync([late], TestContext.Current.CancellationToken);

        var caseId = await again.ReferAsync(Referral.Form());
        await current.WaitForAsync(p => p.CaseId == caseId, "the new session's push of its referral");
        Assert.Equal(HubConnectionState.Connected, current.Connection.State);
        await Eventually.HoldsAsync(() => lost.Connection.State == HubConnectionState.Disconnected, "the ended session's connection is closed");
        Assert.Empty(lost.About(caseId));
    }

    [Theory]
    [InlineData("JoinGroup")]
    [InlineData("AddToGroup")]
    [InlineData("Subscribe")]
    public async Task A_client_cannot_ask_the_hub_to_join_another_group(string method)
    {
        using var practice = await app.SignInAsync(DemoUsers.LivePractice);
        using var otherPractice = await app.SignInAsync(DemoUsers.BoardPractice);
        await using var live = await app.ConnectLiveAsync(practice);

        await Assert.ThrowsAsync<HubException>(() => live.Connection.InvokeAsync(method, "coordinator:heres-healthy", TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<HubException>(() => live.Connection.InvokeAsync(method, "practice:praxis-05", TestContext.Current.CancellationToken));

        var othersCase = await otherPractice.ReferAsync(Referral.Form());
        var marker = await practice.ReferAsync(Referral.Form());
        await live.WaitForAsync(p => p.CaseId == marker, "the practice's own later referral");
        Assert.Empty(live.About(othersCase));
        Assert.DoesNotContain(live.Pushes, p => p.Topic == "board");
    }

    private static void AssertIncreasing(IReadOnlyList<ReceivedPush> pushes)
    {
        var positions = pushes.Select(p => p.Position).ToList();
        Assert.True(
            positions.Zip(positions.Skip(1)).All(pair => pair.First < pair.Second),
            $"Positions do not increase: {string.Join(", ", positions)}");
    }
}
