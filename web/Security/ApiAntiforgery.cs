using Microsoft.AspNetCore.Antiforgery;

namespace HeresHealthy.Web.Security;

/// <summary>
/// Anti-forgery for cookie-authenticated writes: every POST, PUT, PATCH or DELETE under /api sent with a session
/// must carry the request token in the X-CSRF-TOKEN header (pages have it in their csrf-token meta tag, API clients
/// get it in the sign-in answer and from GET /api/session). Signing in itself carries no session and needs none.
/// </summary>
public static class ApiAntiforgery
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public static IApplicationBuilder UseApiAntiforgery(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (NeedsToken(http.Request) && http.User.Identity?.IsAuthenticated == true)
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                await Results.Problem(
                        $"Das Sicherheitsmerkmal gegen untergeschobene Anfragen fehlt oder ist ungültig (Kopfzeile {HeaderName}). Bitte die Seite neu laden.",
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "Anfrage nicht bestätigt",
                        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [HeaderName] = ["Fehlt oder ungültig."] } })
                    .ExecuteAsync(http);
                return;
            }
        }

        await next(http);
    });

    /// <summary>The request token for the signed-in <paramref name="http"/> user; also sets the matching cookie.</summary>
    public static string? TokenFor(HttpContext http) =>
        http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken;

    private static bool NeedsToken(HttpRequest request) =>
        AppPaths.IsApi(request.Path)
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
}
