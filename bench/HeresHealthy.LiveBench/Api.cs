using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HeresHealthy.LiveBench;

/// <summary>The app's HTTP API as a signed-in demo account (POST /api/session, cookie kept).</summary>
public sealed class Api : IDisposable
{
    private static readonly string[] _needs = ["Language"];
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _client;

    private Api(Uri baseAddress) =>
        _client = new HttpClient(new SocketsHttpHandler { CookieContainer = _cookies, UseCookies = true }) { BaseAddress = baseAddress };

    public static async Task<Api> SignInAsync(Uri baseAddress, string userName)
    {
        var api = new Api(baseAddress);
        using var response = await api._client.PostAsJsonAsync("/api/session", new { userName, password = Web.Demo.DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        var session = await response.Content.ReadFromJsonAsync<JsonElement>();
        api._client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", session.GetProperty("csrfToken").GetString());
        return api;
    }

    /// <summary>The session cookie as a Cookie header value, for WebSocket connections of the same user.</summary>
    public string CookieHeader => _cookies.GetCookieHeader(_client.BaseAddress!);

    public async Task<JsonElement> GetAsync(string path) =>
        await _client.GetFromJsonAsync<JsonElement>(path);

    /// <summary>Writes a message to the Lotsin on one referral; true if the command was accepted (2xx).</summary>
    public async Task<bool> MessageAsync(string caseId, string text, string? commandId = null)
    {
        using var response = await _client.PostAsJsonAsync($"/api/referrals/{Uri.EscapeDataString(caseId)}/messages", new { commandId = commandId ?? Guid.NewGuid().ToString(), text });
        return response.IsSuccessStatusCode;
    }

    /// <summary>Refers one fictitious family from the signed-in practice (the body the practice page's form sends).</summary>
    public async Task ReferAsync(int number)
    {
        var now = DateTimeOffset.UtcNow;
        using var response = await _client.PostAsJsonAsync("/api/referrals", new
        {
            commandId = Guid.NewGuid().ToString(),
            municipality = "Herne",
            district = "Wanne",
            needs = _needs,
            familyPresentNow = false,
            note = (string?)null,
            family = new
            {
                guardianName = $"Messung {number}",
                childFirstName = $"Kind {number}",
                childBirthYear = now.Year - 2,
                phone = "02323 123456",
                address = (string?)null,
                preferredLanguage = (string?)null,
                mayCallWhileInPractice = false,
            },
            consent = new { givenBy = $"Messung {number}", givenAt = now, feedbackToPractice = true, validUntil = now.AddYears(1) },
        });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Referral {number} refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>The practice's referrals that accept a message now (tried once each, with a warm-up message).</summary>
    public async Task<IReadOnlyList<string>> MessageableCasesAsync()
    {
        var referrals = await GetAsync("/api/referrals");
        var open = new List<string>();
        foreach (var view in referrals.EnumerateArray())
        {
            var caseId = view.GetProperty("caseId").GetString()!;
            if (await MessageAsync(caseId, "Vorbereitung"))
            {
                open.Add(caseId);
            }
        }

        return open;
    }

    public void Dispose() => _client.Dispose();
}
