using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>An HTTP client of the app, as one user; it keeps its session cookie like a browser.</summary>
public sealed class ApiClient(HttpClient http, CookieContainer cookies) : IDisposable
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The Cookie header a browser of this user would send, for the hub connection.</summary>
    public string CookieHeader => cookies.GetCookieHeader(WebApp.BaseAddress);

    /// <summary>A fresh command id, as a client makes one per user action.</summary>
    public static string NewCommandId() => Guid.NewGuid().ToString("N");

    /// <summary>Signs in; on success the client sends the session's anti-forgery token with every write, as a page does.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        var response = await PostAsync("/api/session", new { userName, password });
        if (response.IsSuccessStatusCode)
        {
            await response.Content.LoadIntoBufferAsync(Cancellation);
            var session = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancellation));
            UseAntiforgeryToken(session?["csrfToken"]?.GetValue<string>());
        }

        return response;
    }

    /// <summary>Sends <paramref name="token"/> in the X-CSRF-TOKEN header from now on (null: no header, as a forged request).</summary>
    public void UseAntiforgeryToken(string? token)
    {
        http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        if (token is not null)
        {
            http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);
        }
    }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path, Cancellation);

    public Task<HttpResponseMessage> DeleteAsync(string path) => http.DeleteAsync(path, Cancellation);

    public Task<HttpResponseMessage> PostAsync(string path, object? body) =>
        http.PostAsJsonAsync(path, body, Json.Write, Cancellation);

    /// <summary>Posts a body as it is, for requests a serializer would never write.</summary>
    public Task<HttpResponseMessage> PostTextAsync(string path, string json) => SendTextAsync(HttpMethod.Post, path, json);

    /// <summary>Sends a request of any method with a JSON body as it is (null: no body), for probes of every endpoint.</summary>
    public async Task<HttpResponseMessage> SendTextAsync(HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request, Cancellation);
    }

    /// <summary>Posts an HTML form as a browser would (without the page's anti-forgery field unless it is among the fields).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var form = new FormUrlEncodedContent(fields);
        return await http.PostAsync(path, form, Cancellation);
    }

    public Task<HttpResponseMessage> PutAsync(string path, object? body) =>
        http.PutAsJsonAsync(path, body, Json.Write, Cancellation);

    /// <summary>Reads a resource that must be there.</summary>
    public async Task<T> GetJsonAsync<T>(string path) => Json.Parse<T>(await GetTextAsync(path));

    /// <summary>The raw JSON of a resource that must be there, to compare before and after or to search for data.</summary>
    public async Task<string> GetTextAsync(string path)
    {
        using var response = await GetAsync(path);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {text}");
        return text;
    }

    /// <summary>Sends a command: the fields given plus a command id, fresh unless a retry passes the earlier one.</summary>
    public Task<HttpResponseMessage> CommandAsync(string path, object? fields = null, string? commandId = null, HttpMethod? method = null)
    {
        var body = fields is null ? [] : Json.ToObject(fields);
        body["commandId"] = commandId ?? NewCommandId();
        return method == HttpMethod.Put ? PutAsync(path, body) : PostAsync(path, body);
    }

    /// <summary>Sends a command that must be accepted, and returns the answer.</summary>
    public async Task<CommandAnswer> MustAsync(string path, object? fields = null)
    {
        using var response = await CommandAsync(path, fields);
        return await CommandAnswer.ReadAsync(response, path);
    }

    /// <summary>Refers a family; the referral's command id becomes the case id.</summary>
    public async Task<string> ReferAsync(JsonObject form)
    {
        using var response = await PostAsync("/api/referrals", form);
        var answer = await CommandAnswer.ReadAsync(response, "/api/referrals");
        Assert.Matches("^[0-9a-f]{32}$", answer.CaseId); // allocated by the server, not the command id
        return answer.CaseId;
    }

    public void Dispose() => http.Dispose();
}
