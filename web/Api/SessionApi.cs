using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Silo;
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
        session.MapPost("/", SignInAsync).AllowAnonymous();
        session.MapGet("/", (ClaimsPrincipal u) => Results.Ok(Describe(u))).RequireAuthorization();
        session.MapDelete("/", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        }).RequireAuthorization();
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
        _ => "/",
    };

    private static async Task<IResult> SignInAsync(HttpContext http, IGrainFactory grains, SignInRequest request)
    {
        var (result, profile) = await PasswordSignIn.TryAsync(http, grains, request.UserName, request.Password);
        return result switch
        {
            PasswordSignIn.Result.SignedIn when profile is not null => Results.Ok(new
            {
                userName = profile.UserName,
                displayName = profile.DisplayName,
                role = profile.Role.ToString(),
                home = HomeOf(profile.Role.ToString()),
            }),
            PasswordSignIn.Result.Invalid => Problems.Invalid("userName", "Benutzername und Passwort sind nötig."),
            PasswordSignIn.Result.LockedOut => Results.Problem(PasswordSignIn.LockedOutMessage, statusCode: StatusCodes.Status423Locked, title: "Konto gesperrt"),
            _ => Results.Problem(PasswordSignIn.WrongCredentialsMessage, statusCode: StatusCodes.Status401Unauthorized, title: "Anmeldung fehlgeschlagen"),
        };
    }

    private static object Describe(ClaimsPrincipal user) => new
    {
        userName = user.FindFirstValue(ClaimTypes.NameIdentifier),
        displayName = user.FindFirstValue(ClaimTypes.Name),
        role = user.FindFirstValue(ClaimTypes.Role),
        home = HomeOf(user.FindFirstValue(ClaimTypes.Role)),
    };
}
