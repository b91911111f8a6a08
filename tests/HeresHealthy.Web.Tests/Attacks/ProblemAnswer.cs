using System.Text.Json;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>What is wrong with the answer to an invalid request, if anything: it must be a 4xx ProblemDetails that names no code.</summary>
public static class ProblemAnswer
{
    private static readonly string[] _internals = ["System.", "HeresHealthy.", "   at ", "Exception"];

    public static string? Fault(HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        if (status is < 400 or >= 500)
        {
            return $"answered {status}, not a 4xx";
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"answered {status} with {response.Content.Headers.ContentType?.MediaType ?? "no content type"}, not a ProblemDetails";
        }

        if (_internals.FirstOrDefault(i => text.Contains(i, StringComparison.Ordinal)) is { } named)
        {
            return $"answered {status} naming code ('{named}')";
        }

        try
        {
            using var problem = JsonDocument.Parse(text);
            return problem.RootElement.TryGetProperty("status", out var s) && s.GetInt32() == status ? null : $"answered {status} with a problem of another status";
        }
        catch (JsonException)
        {
            return $"answered {status} with a body that is no JSON";
        }
    }
}
