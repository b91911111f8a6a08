using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Accounts;

/// <summary>One account (key: the user name, lower case). Passwords are hashed with ASP.NET Core Identity's hasher.</summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account, or sets a new password and profile for it.</summary>
    Task<CommandResult> SetAsync(AccountProfile profile, string password);

    Task<SignInOutcome> SignInAsync(string password);

    Task<AccountProfile?> GetAsync();

    /// <summary>
    /// Whether a session still holds: the account exists, the session carries the current security stamp (sessions
    /// with another stamp were signed out everywhere) and the session itself was not signed out.
    /// </summary>
    Task<bool> IsSessionValidAsync(string stamp, string sessionId);

    /// <summary>Ends one session, so that a copy of its cookie is refused from now on.</summary>
    Task SignOutSessionAsync(string sessionId);

    /// <summary>Invalidates every session of this account.</summary>
    Task SignOutEverywhereAsync();
}
