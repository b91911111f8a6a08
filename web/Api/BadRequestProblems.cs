using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace HeresHealthy.Web.Api;

/// <summary>
/// A body the API cannot read (malformed JSON, a wrong type, a missing body, too large) becomes a 400 or 413 naming
/// the field by its JSON path, in German, without the parser's message (which names .NET types); a query or route value
/// that is no date or number (<c>?from=gestern</c>, <c>?limit=abc</c>) a 400 naming the parameter. Every other
/// failure becomes a plain 500 without stack trace or internal names (<see cref="HideInternals"/>).
/// </summary>
public sealed partial class BadRequestProblems : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var result = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? Results.Problem("Die Anfrage ist zu groß.", statusCode: bad.StatusCode, title: "Anfrage zu groß")
            : ParameterProblem(bad) ?? FieldProblem(FindJsonError(bad));
        await result.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>
    /// Every 500 answer says the same German sentence and nothing of the code behind it; the framework's own answers
    /// without detail (status code pages: 404 without endpoint, 405, 413 from the server, 415) get a German title.
    /// </summary>
    public static void HideInternals(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            problem.Title = Hosting.ServiceUnavailable.Title;
            problem.Detail ??= Hosting.ServiceUnavailable.Detail;
            problem.Type = null;
            problem.Extensions.Remove("exception");
        }
        else if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            problem.Title = "Interner Fehler";
            problem.Detail = "Die Anfrage konnte nicht bearbeitet werden. Bitte später erneut versuchen.";
            problem.Type = null;
            problem.Extensions.Remove("exception");
        }
        else if (problem.Detail is null && GermanTitle(problem.Status) is { } title)
        {
            problem.Title = title;
        }
    }

    private static string? GermanTitle(int? status) => status switch
    {
        StatusCodes.Status400BadRequest => "Anfrage fehlerhaft",
        StatusCodes.Status401Unauthorized => "Nicht angemeldet",
        StatusCodes.Status403Forbidden => "Nicht erlaubt",
        StatusCodes.Status404NotFound => "Nicht gefunden",
        StatusCodes.Status405MethodNotAllowed => "Methode nicht erlaubt",
        StatusCodes.Status413PayloadTooLarge => "Anfrage zu groß",
        StatusCodes.Status415UnsupportedMediaType => "Format nicht unterstützt",
        _ => null,
    };

    /// <summary>
    /// Minimal APIs refuse a value they cannot convert with "Failed to bind parameter "DateTimeOffset? from" from
    /// "gestern"." (RequestDelegateFactory's wording); the parameter's name and type give the field and the German hint.
    /// </summary>
    private static IResult? ParameterProblem(BadHttpRequestException bad)
    {
        var match = UnboundParameter().Match(bad.Message);
        if (!match.Success)
        {
            return null;
        }

        var message = match.Groups["type"].Value.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('>', '?') switch
        {
            "DateTimeOffset" or "DateTime" => "Kein gültiger Zeitpunkt (zum Beispiel 2026-12-06 oder 2026-12-06T10:00:00Z).",
            "DateOnly" => "Kein gültiges Datum (zum Beispiel 2026-12-06).",
            "int" or "long" => "Keine ganze Zahl im erlaubten Bereich.",
            "bool" => "Erlaubt sind true und false.",
            _ => "Wert hat das falsche Format.",
        };
        return Problems.Invalid(match.Groups["name"].Value, message);
    }

    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^" ]+) (?<name>[^" ]+)" from """, RegexOptions.CultureInvariant)]
    private static partial Regex UnboundParameter();

    private static IResult FieldProblem(JsonException? json)
    {
        var field = json?.Path is { Length: > 0 } path && path != "$" ? path : "body";
        var message = json switch
        {
            null => "Der Inhalt der Anfrage fehlt oder ist kein JSON.",
            InvalidTextException text => text.Reason,
            _ => "Wert hat das falsche Format oder den falschen Typ.",
        };
        return Problems.Invalid(field, message);
    }

    private static JsonException? FindJsonError(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException json)
            {
                return json;
            }
        }

        return null;
    }
}
