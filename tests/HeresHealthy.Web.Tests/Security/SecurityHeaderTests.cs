using HeresHealthy.Web.Security;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Security;

/// <summary>The headers every answer carries (web/Security/SecurityHeaders.cs).</summary>
public sealed class SecurityHeaderTests(WebApp app)
{
    [Theory]
    [InlineData("/anmelden")]
    [InlineData("/api/session")]
    [InlineData("/css/site.css")]
    public async Task Every_answer_has_a_CSP_without_inline_script_and_refuses_framing_and_sniffing(string path)
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task API_answers_with_case_data_are_kept_out_of_every_cache_but_static_files_are_not()
    {
        using var practice = await app.SignInAsync(DemoUsers.ReferringPractice);

        using var referrals = await practice.GetAsync("/api/referrals");
        using var stylesheet = await practice.GetAsync("/css/site.css");

        Assert.True(referrals.Headers.CacheControl?.NoStore, "GET /api/referrals may be cached.");
        Assert.NotEqual(true, stylesheet.Headers.CacheControl?.NoStore);
    }
}
