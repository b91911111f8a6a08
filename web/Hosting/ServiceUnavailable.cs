using HeresHealthy.Silo;
using HeresHealthy.Silo.Storage;
using Microsoft.AspNetCore.Diagnostics;

namespace HeresHealthy.Web.Hosting;

/// <summary>
/// While the database does not answer (restarted, network gone), or a grain's node has died and is not yet declared
/// dead, a request that needed it answers 503 in German with Retry-After, not a 500: the API as ProblemDetails, a page
/// as the German error page (/fehler/503). /health says Unhealthy while the database is gone
/// (<see cref="StorageHealthCheck"/>); the connection pools and the cluster recover by themselves.
/// </summary>
public sealed class ServiceUnavailable : IExceptionHandler
{
    public const string Title = "Vorübergehend nicht erreichbar";

    public const string Detail = "Ein Teil des Dienstes (Datenbank oder Server) antwortet gerade nicht. Bitte versuchen Sie es in " +
        "einer Minute noch einmal; ein erneut gesendeter Auftrag wird nicht doppelt ausgeführt.";

    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!Is(exception))
        {
            return false;
        }

        httpContext.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Results.Problem(Detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: Title).ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="exception"/> (or one it wraps) says the database or a node is out of reach, or a call timed
    /// out (e.g. a node that just joined still loads its reminders): the request is answered 503, a retry is safe.
    /// </summary>
    public static bool Is(Exception? exception) => IsUnreachable(exception) || HasTimeout(exception);

    /// <summary>Whether <paramref name="exception"/> (or one it wraps) says the database or a node is out of reach (not a mere timeout).</summary>
    public static bool IsUnreachable(Exception? exception) =>
        ExceptionChain.Any(exception, static e => e is SiloUnavailableException or OrleansMessageRejectionException) // a node died; the cluster moves its grains
        || StorageUnreachableException.IsUnreachable(exception); // the database, here or as a grain's node saw it

    private static bool HasTimeout(Exception? exception) => ExceptionChain.Any(exception, static e => e is TimeoutException);
}
