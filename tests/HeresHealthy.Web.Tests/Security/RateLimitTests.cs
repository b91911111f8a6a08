using System.Net;
using HeresHealthy.Web.Demo;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Security;

/// <summary>
/// Rate limits (web/Security/RateLimits.cs) on an app of their own with low limits and its own database, since the
/// shared app lets the other tests sign in and refer as often as they need.
/// </summary>
public sealed class RateLimitTests(WebApp app) : IAsyncDisposable
{
    private OwnApp? _limited;

    [Fact]
    public async Task The_fourth_sign_in_within_a_minute_is_refused_with_429_even_with_the_right_password()
    {
        var limited = Limited(signInsPerMinute: 3, referralBurst: 100);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var wrong = await limited.Client().SignInAsync(DemoUsers.WrongPasswordPractice, "Falsches-Passwort-1");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await limited.Client().SignInAsync(DemoUsers.SessionPractice, DemoAccounts.Password);

        var problem = await Problem.ReadAsync(right, HttpStatusCode.TooManyRequests);
        Assert.Equal("Zu viele Anfragen", problem.Title);
        Assert.True(int.Parse(right.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        using var page = await limited.Client().PostTextAsync("/anmelden", "");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
    }

    [Fact]
    public async Task A_practice_over_its_referral_burst_is_refused_429_and_the_refused_referral_does_not_exist()
    {
        var limited = Limited(signInsPerMinute: 100, referralBurst: 2);
        using var practice = await limited.SignedInAsync(DemoUsers.ReferringPractice);
        await practice.ReferAsync(Referral.Form());
        await practice.ReferAsync(Referral.Form());
        var third = Referral.Form();

        using var refused = await practice.PostAsync("/api/referrals", third);

        await Problem.ReadAsync(refused, HttpStatusCode.TooManyRequests);
        using var lookup = await practice.GetAsync($"/api/referrals/{third.CaseId()}");
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
        using var other = await limited.SignedInAsync(DemoUsers.OtherPractice);
        await other.ReferAsync(Referral.Form());
    }

    [Fact]
    public async Task Requests_without_a_session_are_limited_per_address_but_signed_in_users_are_not()
    {
        var limited = Limited(signInsPerMinute: 100, referralBurst: 100, anonymousPerMinute: 3);
        using var practice = await limited.SignedInAsync(DemoUsers.ReferringPractice);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var refused = await limited.Client().GetAsync("/api/referrals");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using var over = await limited.Client().GetAsync("/api/referrals");

        await Problem.ReadAsync(over, HttpStatusCode.TooManyRequests);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var mine = await practice.GetAsync("/api/referrals");
            Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_limited is not null)
        {
            await _limited.DisposeAsync();
        }
    }

    private OwnApp Limited(int signInsPerMinute, int referralBurst, int anonymousPerMinute = 100) =>
        _limited = new OwnApp(app, builder =>
        {
            builder.UseSetting("RateLimits:SignInsPerMinute", signInsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimits:ReferralBurst", referralBurst.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimits:ReferralsPerHour", "1");
            builder.UseSetting("RateLimits:AnonymousPerMinute", anonymousPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
}
