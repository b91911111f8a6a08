using System.Net;
using System.Text.Json;
using HeresHealthy.Web.Demo;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Security;

/// <summary>Cookie sign-in and sign-out (web/Api/SessionApi.cs, web/Security): what a user at the sign-in page notices.</summary>
public sealed class SessionTests(WebApp app)
{
    [Fact]
    public async Task Signing_in_with_the_right_password_starts_a_session_in_the_accounts_role()
    {
        using var client = app.Anonymous();

        using var signIn = await client.SignInAsync(DemoUsers.SessionPractice, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("heres.session=", client.CookieHeader, StringComparison.Ordinal);
        using var session = JsonDocument.Parse(await client.GetTextAsync("/api/session"));
        Assert.Equal(DemoUsers.SessionPractice, session.RootElement.GetProperty("userName").GetString());
        Assert.Equal("Practice", session.RootElement.GetProperty("role").GetString());
        Assert.Equal("/praxis", session.RootElement.GetProperty("home").GetString());
    }

    [Theory]
    [InlineData(DemoUsers.Admin, "/verwaltung")]
    [InlineData(DemoUsers.Kiosk, "/kiosk")]
    public async Task The_start_page_sends_a_signed_in_user_to_the_page_of_her_role(string account, string home)
    {
        using var client = await app.SignInAsync(account);

        using var start = await client.GetAsync("/");
        using var page = await client.GetAsync(home);

        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Equal(home, start.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_401_and_starts_no_session()
    {
        using var client = app.Anonymous();

        using var signIn = await client.SignInAsync(DemoUsers.WrongPasswordPractice, "Falsches-Passwort-1");

        await Problem.ReadAsync(signIn, HttpStatusCode.Unauthorized);
        using var session = await client.GetAsync("/api/session");
        Assert.Equal(HttpStatusCode.Unauthorized, session.StatusCode);
    }

    [Fact]
    public async Task An_unknown_account_is_refused_like_a_wrong_password()
    {
        using var client = app.Anonymous();

        using var signIn = await client.SignInAsync("praxis99", DemoAccounts.Password);

        await Problem.ReadAsync(signIn, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_in_without_a_password_is_refused_with_400_naming_the_field()
    {
        using var client = app.Anonymous();

        using var signIn = await client.PostAsync("/api/session", new { userName = DemoUsers.SessionPractice });

        await Problem.InvalidAsync(signIn, "userName");
    }

    [Fact]
    public async Task After_five_wrong_passwords_the_account_is_locked_even_for_the_right_one()
    {
        using var client = app.Anonymous();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await client.SignInAsync(DemoUsers.LockoutPractice, $"Falsches-Passwort-{attempt}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var fifth = await client.SignInAsync(DemoUsers.LockoutPractice, "Falsches-Passwort-5");
        using var right = await client.SignInAsync(DemoUsers.LockoutPractice, DemoAccounts.Password);

        Assert.Equal("Konto gesperrt", (await Problem.ReadAsync(fifth, HttpStatusCode.Locked)).Title);
        await Problem.ReadAsync(right, HttpStatusCode.Locked);
        using var session = await client.GetAsync("/api/session");
        Assert.Equal(HttpStatusCode.Unauthorized, session.StatusCode);
    }

    [Fact]
    public async Task A_made_up_name_is_locked_after_five_failures_like_a_real_account_so_lockout_reveals_no_account()
    {
        using var client = app.Anonymous();
        var madeUp = $"niemand{Guid.NewGuid():N}"[..20];
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await client.SignInAsync(madeUp, $"Falsches-Passwort-{attempt}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var fifth = await client.SignInAsync(madeUp, "Falsches-Passwort-5");
        using var sixth = await client.SignInAsync(madeUp, "Falsches-Passwort-6");

        Assert.Equal("Konto gesperrt", (await Problem.ReadAsync(fifth, HttpStatusCode.Locked)).Title);
        await Problem.ReadAsync(sixth, HttpStatusCode.Locked);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await app.SignInAsync(DemoUsers.SessionPractice);

        using var signOut = await client.DeleteAsync("/api/session");

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        using var afterwards = await client.GetAsync("/api/referrals");
        Assert.Equal(HttpStatusCode.Unauthorized, afterwards.StatusCode);
    }

    [Fact]
    public async Task After_signing_out_a_copy_of_the_session_cookie_is_refused_while_other_sessions_stay()
    {
        using var phone = await app.SignInAsync(DemoUsers.SessionPractice);
        using var office = await app.SignInAsync(DemoUsers.SessionPractice);
        using var copy = app.WithCookies(phone.CookieHeader);
        using var before = await copy.GetAsync("/api/referrals");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var signOut = await phone.DeleteAsync("/api/session");

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        using var stolen = await copy.GetAsync("/api/referrals");
        Assert.Equal(HttpStatusCode.Unauthorized, stolen.StatusCode);
        using var inOffice = await office.GetAsync("/api/referrals");
        Assert.Equal(HttpStatusCode.OK, inOffice.StatusCode);
    }

    [Fact]
    public async Task Signing_out_closes_that_sessions_live_connection_and_no_other()
    {
        using var phone = await app.SignInAsync(DemoUsers.SessionPractice);
        using var office = await app.SignInAsync(DemoUsers.SessionPractice);
        await using var phoneLive = await app.ConnectLiveAsync(phone);
        await using var officeLive = await app.ConnectLiveAsync(office);

        using var signOut = await phone.DeleteAsync("/api/session");
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        var caseId = await office.ReferAsync(Referral.Form());
        await office.MustAsync($"/api/referrals/{caseId}/messages", new { text = "Nach der Abmeldung." });

        await officeLive.WaitForAsync(p => p.CaseId == caseId && p.View.GetProperty("messages").GetArrayLength() == 1, "the office session's push");
        Assert.Empty(phoneLive.About(caseId));
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_the_sessions_of_the_same_account_on_other_devices()
    {
        using var office = await app.SignInAsync(DemoUsers.EverywherePractice);
        using var phone = await app.SignInAsync(DemoUsers.EverywherePractice);
        using var before = await phone.GetAsync("/api/referrals");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var everywhere = await office.PostAsync("/api/session/everywhere", null);

        Assert.Equal(HttpStatusCode.NoContent, everywhere.StatusCode);
        using var onPhone = await phone.GetAsync("/api/referrals");
        Assert.Equal(HttpStatusCode.Unauthorized, onPhone.StatusCode);
        using var inOffice = await office.GetAsync("/api/session");
        Assert.Equal(HttpStatusCode.Unauthorized, inOffice.StatusCode);
        using var again = await app.SignInAsync(DemoUsers.EverywherePractice);
        using var fresh = await again.GetAsync("/api/referrals");
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Theory]
    [InlineData("/api/referrals")]
    [InlineData("/api/board")]
    [InlineData("/api/lotsin/cases")]
    [InlineData("/api/kiosk/today")]
    [InlineData("/api/help-offers")]
    [InlineData("/api/session")]
    public async Task An_API_call_without_a_session_is_refused_with_401(string path)
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(DemoUsers.ReferringPractice, "/api/board")]
    [InlineData(DemoUsers.ReferringPractice, "/api/lotsin/cases")]
    [InlineData(DemoUsers.ReferringPractice, "/api/kiosk/today")]
    [InlineData(DemoUsers.ReferringPractice, "/api/help-offers")]
    [InlineData("lotsin2", "/api/referrals")]
    [InlineData("lotsin2", "/api/board")]
    [InlineData(DemoUsers.Kiosk, "/api/referrals")]
    [InlineData(DemoUsers.Coordinator, "/api/referrals")]
    [InlineData(DemoUsers.Admin, "/api/board")]
    public async Task An_API_call_outside_the_accounts_role_is_refused_with_403(string account, string path)
    {
        using var client = await app.SignInAsync(account);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_Lotsin_cannot_refer_a_family()
    {
        using var lotsin = await app.SignInAsync(DemoUsers.Lotsin2.UserName);
        var form = Referral.Form();

        using var response = await lotsin.PostAsync("/api/referrals", form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
