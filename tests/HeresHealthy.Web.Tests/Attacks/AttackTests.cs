using System.Net;
using HeresHealthy.Web.Demo;
using HeresHealthy.Web.Security;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>Attacks on the session rather than on the data: forged requests, planted cookies, guessed passwords, forged hub sessions.</summary>
public class AttackTests(WebApp app)
{
    private static readonly string[] _commonPasswords =
    [
        "123456", "password", "12345678", "qwerty", "123456789", "12345", "1234", "111111", "1234567", "dragon",
        "123123", "baseball", "abc123", "football", "monkey", "letmein", "696969", "shadow", "master", "666666",
        "qwertyuiop", "123321", "mustang", "1234567890", "michael", "654321", "superman", "1qaz2wsx", "7777777", "121212",
        "000000", "qazwsx", "123qwe", "killer", "trustno1", "jordan", "jennifer", "zxcvbnm", "asdfgh", "hunter",
        "passwort", "hallo123", "Passwort1", "schalke04", "Herne2026", "Demo-Passwort-2025", "demo-passwort-2026", "Demo-Passwort-2026 ", "' OR '1'='1", "admin",
    ];

    [Fact]
    public async Task A_write_with_the_session_cookie_but_without_its_own_anti_forgery_token_is_refused_and_changes_nothing()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);
        using var other = await app.SignInAsync(DemoUsers.OtherPractice);
        var caseId = await practice.ReferAsync(Referral.Form());
        var path = $"/api/referrals/{caseId}";
        var before = await practice.GetTextAsync(path);
        var othersToken = System.Text.Json.Nodes.JsonNode.Parse(await other.GetTextAsync("/api/session"))!["csrfToken"]!.GetValue<string>();

        practice.UseAntiforgeryToken(null);
        using var without = await practice.CommandAsync($"{path}/messages", new { text = "Untergeschoben ohne Merkmal." });
        practice.UseAntiforgeryToken(othersToken);
        using var withOthers = await practice.CommandAsync($"{path}/messages", new { text = "Untergeschoben mit fremdem Merkmal." });

        await Problem.InvalidAsync(without, "X-CSRF-TOKEN");
        await Problem.InvalidAsync(withOthers, "X-CSRF-TOKEN");
        Assert.Equal(before, await practice.GetTextAsync(path));
        practice.UseAntiforgeryToken(System.Text.Json.Nodes.JsonNode.Parse(await practice.GetTextAsync("/api/session"))!["csrfToken"]!.GetValue<string>());
        await practice.MustAsync($"{path}/withdrawal", new { reason = "Aufräumen nach dem Test." });
    }

    [Fact]
    public async Task A_hub_connection_opened_from_another_site_is_refused_with_403()
    {
        using var practice = await app.SignInAsync(DemoUsers.LivePractice);

        var fromElsewhere = await AttackClients.HubHandshakeAsync(app, practice.CookieHeader, "https://angreifer.example");
        var fromLookalike = await AttackClients.HubHandshakeAsync(app, practice.CookieHeader, "http://localhost.angreifer.example");
        var fromHere = await AttackClients.HubHandshakeAsync(app, practice.CookieHeader, "http://localhost");

        Assert.Equal((403, 403, 101), (fromElsewhere, fromLookalike, fromHere));
    }

    [Fact]
    public async Task A_session_cookie_planted_before_sign_in_is_not_accepted_and_is_replaced_when_signing_in()
    {
        const string planted = "vom-angreifer-gewaehlt-0123456789";
        using var victim = AttackClients.WithSessionCookie(app, planted);
        using var attacker = AttackClients.WithSessionCookie(app, planted);
        using var before = await victim.GetAsync("/api/session");

        using var signIn = await victim.SignInAsync(DemoUsers.SessionPractice, DemoAccounts.Password);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (before.StatusCode, signIn.StatusCode));
        var session = AttackClients.SessionOf(victim.CookieHeader);
        Assert.False(string.IsNullOrEmpty(session));
        Assert.NotEqual(planted, session);
        using var attackersView = await attacker.GetAsync("/api/session");
        Assert.Equal(HttpStatusCode.Unauthorized, attackersView.StatusCode);
    }

    [Fact]
    public async Task The_anti_forgery_token_a_page_gave_before_sign_in_does_not_work_after_it()
    {
        using var client = app.Anonymous();
        var pageToken = await AttackClients.PageTokenAsync(client);
        using var signIn = await client.SignInAsync(DemoUsers.SessionPractice, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        client.UseAntiforgeryToken(pageToken);
        using var forged = await client.PostAsync("/api/referrals", Referral.Form());

        await Problem.InvalidAsync(forged, "X-CSRF-TOKEN");
    }

    [Fact]
    public async Task Fifty_guessed_passwords_lock_the_account_after_five_and_the_right_one_is_refused_while_locked()
    {
        var account = await AttackAccounts.NewPracticeAccountAsync(app);
        using var attacker = app.Anonymous();
        var answers = new List<HttpStatusCode>();
        var bodies = new HashSet<string>();

        foreach (var password in _commonPasswords)
        {
            using var guess = await attacker.SignInAsync(account, password);
            answers.Add(guess.StatusCode);
            if (guess.StatusCode == HttpStatusCode.Locked)
            {
                bodies.Add((await Problem.ReadAsync(guess, HttpStatusCode.Locked)).Detail ?? "");
            }
        }

        using var right = await attacker.SignInAsync(account, DemoAccounts.Password);

        var summary = $"brute force: {answers.Count + 1} attempts against one account, {answers.Count(a => a == HttpStatusCode.OK)} accepted, "
            + $"{answers.Count(a => a == HttpStatusCode.Unauthorized)} refused as wrong, {answers.Count(a => a == HttpStatusCode.Locked) + 1} refused as locked";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Assert.Equal(50, _commonPasswords.Distinct().Count());
        Assert.True(answers.Take(4).All(a => a == HttpStatusCode.Unauthorized), summary);
        Assert.True(answers.Skip(4).All(a => a == HttpStatusCode.Locked), summary);
        Assert.Equal([PasswordSignIn.LockedOutMessage], bodies);
        Assert.DoesNotContain(account, bodies.Single(), StringComparison.OrdinalIgnoreCase);
        await Problem.ReadAsync(right, HttpStatusCode.Locked);
        using var session = await attacker.GetAsync("/api/session");
        Assert.Equal(HttpStatusCode.Unauthorized, session.StatusCode);
    }

    [Fact]
    public async Task A_forged_a_tampered_and_an_expired_session_cookie_open_neither_the_API_nor_the_hub()
    {
        using var practice = await app.SignInAsync(DemoUsers.LivePractice);
        var real = AttackClients.SessionOf(practice.CookieHeader) ?? throw new InvalidOperationException("No session cookie.");
        var middle = real.Length / 2;
        var forged = new[]
        {
            ("made up", $"{AttackClients.SessionCookie}=CfDJ8{new string('A', 300)}"),
            ("tampered", $"{AttackClients.SessionCookie}={real[..middle]}{(real[middle] == 'A' ? 'B' : 'A')}{real[(middle + 1)..]}"),
            ("expired", AttackClients.ExpiredCopyOf(app, practice)),
        };

        foreach (var (how, cookie) in forged)
        {
            var hub = await AttackClients.HubHandshakeAsync(app, cookie, origin: null);
            using var api = AttackClients.WithSessionCookie(app, cookie[(AttackClients.SessionCookie.Length + 1)..]);
            using var session = await api.GetAsync("/api/session");

            Assert.True((hub, session.StatusCode) == (401, HttpStatusCode.Unauthorized), $"A {how} cookie: hub {hub}, API {(int)session.StatusCode}.");
        }

        Assert.Equal(101, await AttackClients.HubHandshakeAsync(app, practice.CookieHeader, origin: null));
    }
}
