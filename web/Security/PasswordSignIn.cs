using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace HeresHealthy.Web.Security;

/// <summary>Signs a user in with name and password, for the sign-in page and the API alike.</summary>
public static class PasswordSignIn
{
    public enum Result
    {
        SignedIn,
        Invalid,
        InvalidCharacters,
        WrongCredentials,
        LockedOut,
        Disabled,
    }

    public const string LockedOutMessage = "Zu viele Fehlversuche: das Konto ist für 15 Minuten gesperrt.";
    public const string InvalidCharactersMessage = "Benutzername oder Passwort enthalten Steuer- oder ungültige Zeichen.";
    public const string WrongCredentialsMessage = "Benutzername oder Passwort stimmen nicht.";
    public const string DisabledMessage = "Dieses Konto ist gesperrt. Bitte wenden Sie sich an die Verwaltung Ihres Netzwerks.";

    /// <summary>Checks the password with the account grain and, if it holds, issues the session cookie.</summary>
    public static async Task<(Result Result, AccountProfile? Profile)> TryAsync(HttpContext http, IGrainFactory grains, string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password) || userName.Length > 100 || password.Length > 200)
        {
            return (Result.Invalid, null);
        }

        if (Api.TextInput.Problem(userName, multiLine: false) is not null || Api.TextInput.Problem(password, multiLine: false) is not null)
        {
            return (Result.InvalidCharacters, null);
        }

        var outcome = await grains.GetGrain<IAccountGrain>(userName.Trim().ToLowerInvariant()).SignInAsync(password);
        if (outcome is { Succeeded: true, Profile: { } profile, SecurityStamp: { } stamp })
        {
            var principal = AuthenticationSetup.PrincipalFor(profile, stamp, outcome.MustChangePassword);
            await SignInAsync(http, principal);
            return (Result.SignedIn, profile);
        }

        return (outcome.LockedOut ? Result.LockedOut : outcome.Disabled ? Result.Disabled : Result.WrongCredentials, null);
    }

    /// <summary>Issues the session cookie for <paramref name="principal"/>; the rest of this request (its anti-forgery token) is the new user's.</summary>
    public static async Task SignInAsync(HttpContext http, ClaimsPrincipal principal)
    {
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        http.User = principal;
    }

    /// <summary>The page a user goes to after signing in: the password change while she holds a first password, else her role's page.</summary>
    public static string HomeOf(ClaimsPrincipal user) => user.HasClaim(c => c.Type == HeresClaims.MustChangePassword)
        ? PasswordChangeGate.Page
        : Api.SessionApi.HomeOf(user.FindFirstValue(ClaimTypes.Role));
}
