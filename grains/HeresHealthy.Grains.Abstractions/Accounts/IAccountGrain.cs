using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Silo;

namespace HeresHealthy.Grains.Abstractions.Accounts;

/// <summary>One account (key: the user name, lower case). Passwords are hashed with ASP.NET Core Identity's hasher.</summary>
public interface IAccountGrain : IGrain
{
    /// <summary>Creates the account, or sets a new password and profile for it.</summary>
    Task<CommandResult> SetAsync(AccountProfile profile, string password);

    Task<SignInOutcome> SignInAsync(string password);

    Task<AccountProfile?> GetAsync();

    /// <summary>The current security stamp; sessions with another stamp are no longer valid.</summary>
    Task<string?> GetSecurityStampAsync();

    /// <summary>Invalidates every session of this account.</summary>
    Task SignOutEverywhereAsync();
}
