using System.Net;
using System.Net.WebSockets;
using System.Text.RegularExpressions;
using HeresHealthy.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>What an attacker brings along: a cookie of its choosing, a forged or expired session, a page's token, another site's origin.</summary>
public static partial class AttackClients
{
    public const string SessionCookie = "heres.session";

    /// <summary>A client whose browser already carries a session cookie with <paramref name="value"/>, as a fixation attack plants it.</summary>
    public static ApiClient WithSessionCookie(WebApp app, string value)
    {
        var cookies = new CookieContainer();
        cookies.Add(WebApp.BaseAddress, new Cookie(SessionCookie, value));
        return WebApp.ClientOf(app, cookies);
    }

    /// <summary>The value of the session cookie in a Cookie header.</summary>
    public static string? SessionOf(string cookieHeader) =>
        cookieHeader.Split(';', StringSplitOptions.TrimEntries).FirstOrDefault(c => c.StartsWith($"{SessionCookie}=", StringComparison.Ordinal))?[(SessionCookie.Length + 1)..];

    /// <summary>A correctly signed session cookie of <paramref name="signedIn"/>'s session that expired an hour ago.</summary>
    public static string ExpiredCopyOf(WebApp app, ApiClient signedIn)
    {
        var format = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme).TicketDataFormat;
        var ticket = format.Unprotect(SessionOf(signedIn.CookieHeader)) ?? throw new InvalidOperationException("The session cookie could not be read.");
        ticket.Properties.IssuedUtc = DateTimeOffset.UtcNow.AddHours(-11);
        ticket.Properties.ExpiresUtc = DateTimeOffset.UtcNow.AddHours(-1);
        return $"{SessionCookie}={format.Protect(ticket)}";
    }

    /// <summary>The anti-forgery token a page rendered for a visitor who has not signed in yet.</summary>
    public static async Task<string> PageTokenAsync(ApiClient visitor)
    {
        var page = await visitor.GetTextAsync("/anmelden");
        return CsrfMeta().Match(page) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The sign-in page has no csrf-token meta tag.");
    }

    /// <summary>Opens a WebSocket to the hub with the given headers; returns the status the handshake failed with, or 101.</summary>
    public static async Task<int> HubHandshakeAsync(WebApp app, string? cookie, string? origin)
    {
        var sockets = app.Server.CreateWebSocketClient();
        sockets.ConfigureRequest = request =>
        {
            if (cookie is not null)
            {
                request.Headers.Cookie = cookie;
            }

            if (origin is not null)
            {
                request.Headers.Origin = origin;
            }
        };
        try
        {
            using var socket = await sockets.ConnectAsync(new Uri("ws://localhost/hubs/live"), TestContext.Current.CancellationToken);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, TestContext.Current.CancellationToken);
            return 101;
        }
        catch (InvalidOperationException refused) when (HandshakeStatus().Match(refused.Message) is { Success: true } status)
        {
            return int.Parse(status.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfMeta();

    [GeneratedRegex("status code:? (\\d{3})", RegexOptions.IgnoreCase)]
    private static partial Regex HandshakeStatus();
}
