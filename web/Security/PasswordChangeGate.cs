namespace HeresHealthy.Web.Security;

/// <summary>
/// A user who signed in with a first password (set by an admin) reaches nothing but the password change, her session
/// and the sign-out until she has chosen her own: pages send her to <see cref="Page"/>, the API and the hub answer 403.
/// </summary>
public static class PasswordChangeGate
{
    public const string Page = "/passwort-aendern";

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!http.User.HasClaim(c => c.Type == HeresClaims.MustChangePassword) || IsOpen(http.Request.Path))
        {
            await next(http);
            return;
        }

        if (AppPaths.IsApiOrHub(http.Request.Path))
        {
            await Results.Problem(
                "Bitte ändern Sie zuerst Ihr Erstpasswort.", statusCode: StatusCodes.Status403Forbidden, title: "Passwort ändern",
                extensions: new Dictionary<string, object?> { ["passwordChange"] = Page }).ExecuteAsync(http);
            return;
        }

        http.Response.Redirect(Page);
    });

    private static bool IsOpen(PathString path) =>
        path.StartsWithSegments(Page) || path.StartsWithSegments("/api/session") || path.StartsWithSegments("/abmelden")
        || path.StartsWithSegments("/fehler") || (!AppPaths.IsApiOrHub(path) && Path.HasExtension(path.Value)); // static files
}
