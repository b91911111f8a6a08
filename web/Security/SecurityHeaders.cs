namespace HeresHealthy.Web.Security;

/// <summary>
/// Security headers on every response, with a Content-Security-Policy that allows no inline script or style:
/// every script and stylesheet is a static file of this app, and nothing loads from elsewhere. Nothing but static
/// assets may be cached.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        context.Response.OnStarting(KeepOutOfCaches, context.Response);
        return next(context);
    });

    /// <summary>Pages and API answers hold health data: no cache keeps them. Static assets set their own caching.</summary>
    private static Task KeepOutOfCaches(object state)
    {
        var headers = ((HttpResponse)state).Headers;
        if (string.IsNullOrEmpty(headers.CacheControl))
        {
            headers.CacheControl = "no-store";
        }

        return Task.CompletedTask;
    }
}
