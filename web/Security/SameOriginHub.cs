namespace HeresHealthy.Web.Security;

/// <summary>
/// A browser opening the hub from another site (cross-site WebSocket hijacking) is refused: a request to /hubs that
/// names an Origin must name this host. The session cookie is SameSite=Strict as well; this is the second lock.
/// </summary>
public static class SameOriginHub
{
    public static IApplicationBuilder UseSameOriginHub(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.Request.Path.StartsWithSegments("/hubs")
            && http.Request.Headers.Origin is [{ } origin]
            && !IsSameHost(origin, http.Request.Host))
        {
            await Results.Problem("Die Live-Verbindung ist nur von dieser Anwendung aus erlaubt.", statusCode: StatusCodes.Status403Forbidden, title: "Nicht erlaubt")
                .ExecuteAsync(http);
            return;
        }

        await next(http);
    });

    private static bool IsSameHost(string origin, HostString host) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Authority, host.Value, StringComparison.OrdinalIgnoreCase);
}
