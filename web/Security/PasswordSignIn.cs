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
    }

    public const string LockedOutMessage = "Zu viele Fehlversuche: das Konto ist für 15 Minuten gesperrt.";
    public const string InvalidCharactersMessage = "Benutzername oder Passwort enthalten Steuer- oder ungültige Zeichen.";
    public const string WrongCredentialsMessage = "Benutzername oder Passwort stimmen nicht.";

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
            var principal = AuthenticationSetup.PrincipalFor(profile, stamp);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            http.User = principal; // the rest of this request (its anti-forgery token) is the new user's
            return (Result.SignedIn, profile);
        }

        return (outcome.LockedOut ? Result.LockedOut : Result.WrongCredentials, null);
    }
}
