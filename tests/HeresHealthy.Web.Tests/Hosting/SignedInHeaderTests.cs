using System.Text.Json.Nodes;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Hosting;

/// <summary>Practice PCs are shared: every signed-in page names who is signed in, in its header.</summary>
public sealed class SignedInHeaderTests(WebApp app)
{
    [Theory]
    [InlineData(DemoUsers.SessionPractice, "/praxis")]
    [InlineData(DemoUsers.Coordinator, "/koordination")]
    [InlineData(DemoUsers.Kiosk, "/kiosk")]
    public async Task The_header_of_the_users_page_names_the_signed_in_account(string account, string page)
    {
        using var user = await app.SignInAsync(account);
        var displayName = JsonNode.Parse(await user.GetTextAsync("/api/session"))!["displayName"]!.GetValue<string>();

        var html = await user.GetTextAsync(page);

        Assert.Contains($"<p class=\"signed-in\">Angemeldet: <strong>{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(displayName)}</strong></p>", html, StringComparison.Ordinal);
    }
}
