using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Accounts;

/// <summary>One account (key: the user name, lower case). Passwords are hashed with ASP.NET Core Identity's hasher.</summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account, or sets a new password and profile for it (the operator's and the demo's: no change is demanded).</summary>
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

    /// <summary>
    /// Creates the account with a first password that must be changed at the first sign-in; an existing account is
    /// refused (409), unless this is the command that created it (then it is repeated).
    /// </summary>
    Task<CommandResult> CreateAsync(string commandId, AccountProfile profile, string firstPassword);

    /// <summary>The account's own change: the current password, then a new one of at least 12 characters that differs from it.</summary>
    Task<PasswordChange> ChangePasswordAsync(string currentPassword, string newPassword);

    /// <summary>An admin sets a new first password: every session ends, the lockout is lifted, the user must change it at the next sign-in.</summary>
    Task<CommandResult> ResetPasswordAsync(string commandId, string firstPassword);

    /// <summary>Disables (every session ends on every node, sign-in refused) or enables the account again.</summary>
    Task<CommandResult> SetDisabledAsync(string commandId, bool disabled);

    /// <summary>The account for the admin's list, or null if there is none.</summary>
    Task<AccountSummary?> GetSummaryAsync();
}
