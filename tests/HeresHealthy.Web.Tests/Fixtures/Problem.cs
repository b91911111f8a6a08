using System.Net;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>An RFC 7807 refusal as a client reads it: field errors for 400, the current state for 409.</summary>
public sealed record Problem(int? Status, string? Title, string? Detail, Dictionary<string, string[]>? Errors, string? CurrentState, string? Code)
{
    /// <summary>Asserts the status code and the problem media type, and reads the problem.</summary>
    public static async Task<Problem> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = Json.Parse<Problem>(text);
        Assert.Equal((int)expected, problem.Status);
        return problem;
    }

    /// <summary>A 400 naming <paramref name="field"/> among its errors.</summary>
    public static async Task<Problem> InvalidAsync(HttpResponseMessage response, string field)
    {
        var problem = await ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.True(
            problem.Errors?.ContainsKey(field) == true,
            $"Expected an error for '{field}', got: {string.Join(", ", problem.Errors?.Keys.ToArray() ?? [])}");
        return problem;
    }

    /// <summary>A 409 that names the case's current state.</summary>
    public static async Task<Problem> ConflictAsync(HttpResponseMessage response, string currentState)
    {
        var problem = await ReadAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(currentState, problem.CurrentState);
        return problem;
    }
}
