using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace HeresHealthy.Web.Api;

/// <summary>Sign-in and sign-out with the account grains and a cookie.</summary>
public static class SessionApi
{
    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        var session = app.MapGroup("/api/session").WithTags("Anmeldung");
        session.MapPost("/", SignInAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        session.MapGet("/", (HttpContext http) => Results.Ok(Describe(http))).RequireAuthorization();
        session.MapDelete("/", async (HttpContext http) =>
        {
            await AuthenticationSetup.SignOutSessionAsync(http);
            return Results.NoContent();
        }).RequireAuthorization();
        session.MapPost("/password", ChangePasswordAsync).RequireAuthorization().RequireRateLimiting(RateLimits.SignIn);
        session.MapPost("/everywhere", async (HttpContext http, IGrainFactory g) =>
        {
            await g.GetGrain<IAccountGrain>(http.User.FindFirstValue(ClaimTypes.NameIdentifier)!).SignOutEverywhereAsync();
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        }).RequireAuthorization();
        return app;
    }

    public static string HomeOf(string? role) => role switch
    {
        "Practice" => "/praxis",
        "Lotsin" => "/lotsin",
        "Coordinator" => "/koordination",
        "Kiosk" => "/kiosk",
        "DataProtectionOfficer" => "/datenschutz",
        "Admin" => "/verwaltung",
        "Reporting" => "/berichte",
        _ => "/",
    };

    private static async Task<IResult> SignInAsync(HttpContext http, IGrainFactory grains, SignInRequest request)
    {
        var (result, profile) = await PasswordSignIn.TryAsync(http, grains, request.UserName, request.Password);
        return result switch
        {
            PasswordSignIn.Result.SignedIn when profile is not null => Results.Ok(Describe(http)),
            PasswordSignIn.Result.Invalid => Problems.Invalid("userName", "Benutzername und Passwort sind nötig."),
            PasswordSignIn.Result.InvalidCharacters => Problems.Invalid("userName", PasswordSignIn.InvalidCharactersMessage),
            PasswordSignIn.Result.Disabled => Results.Problem(PasswordSignIn.DisabledMessage, statusCode: StatusCodes.Status403Forbidden, title: "Konto gesperrt"),
            PasswordSignIn.Result.LockedOut => Results.Problem(PasswordSignIn.LockedOutMessage, statusCode: StatusCodes.Status423Locked, title: "Konto gesperrt"),
            _ => Results.Problem(PasswordSignIn.WrongCredentialsMessage, statusCode: StatusCodes.Status401Unauthorized, title: "Anmeldung fehlgeschlagen"),
        };
    }

    /// <summary>The user's own password change; done, the session goes on with the account's new stamp (every other session ends).</summary>
    private static async Task<IResult> ChangePasswordAsync(HttpContext http, IGrainFactory grains, PasswordChangeRequest request)
    {
        if (string.IsNullOrEmpty(request.CurrentPassword))
        {
            return Problems.Invalid("currentPassword", "Bitte das bisherige Passwort eingeben.");
        }

        var change = await grains.GetGrain<IAccountGrain>(http.User.FindFirstValue(ClaimTypes.NameIdentifier)!)
            .ChangePasswordAsync(request.CurrentPassword, request.NewPassword ?? "");
        if (change is not { Profile: { } profile, SecurityStamp: { } stamp })
        {
            return Problems.From(change.Refusal!);
        }

        await PasswordSignIn.SignInAsync(http, AuthenticationSetup.PrincipalFor(profile, stamp));
        return Results.Ok(Describe(http));
    }

    /// <summary>The session's user and the anti-forgery token its writes must carry in the X-CSRF-TOKEN header.</summary>
    private static object Describe(HttpContext http) => new
    {
        userName = http.User.FindFirstValue(ClaimTypes.NameIdentifier),
        displayName = http.User.FindFirstValue(ClaimTypes.Name),
        role = http.User.FindFirstValue(ClaimTypes.Role),
        home = PasswordSignIn.HomeOf(http.User),
        mustChangePassword = http.User.HasClaim(c => c.Type == HeresClaims.MustChangePassword),
        csrfToken = ApiAntiforgery.TokenFor(http),
    };
}
