using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Accounts.Events;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Silo.Grains;
using HeresHealthy.Silo.Providers;
using Microsoft.AspNetCore.Identity;

namespace HeresHealthy.Grains.Accounts;

/// <summary>An account: hashed password, lockout after repeated failures, and a security stamp for signing out everywhere.</summary>
[GrainType("account")]
public sealed partial class AccountGrain([PersistentState("account", OutboxGrainStorage.Name)] IPersistentState<AccountState> state, TimeProvider time)
    : OutboxGrain<AccountState>(state, time), IAccountGrain
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>How long an ended session is remembered: longer than a session cookie can live without being renewed.</summary>
    public static readonly TimeSpan EndedSessionMemory = TimeSpan.FromHours(12);
    private static readonly PasswordHasher<AccountProfile> _hasher = new();

    public Task<CommandResult> SetAsync(AccountProfile profile, string password) => RetryOnConflictAsync(async () =>
    {
        if (profile.UserName != Key || string.IsNullOrWhiteSpace(profile.DisplayName) || string.IsNullOrWhiteSpace(profile.EntityId))
        {
            return CommandResult.Refused(new Refusal(RefusalCode.InvalidInput, "Benutzername, Name und Zuordnung sind nötig.", Field: "userName"));
        }

        if (password is not { Length: >= 12 })
        {
            return CommandResult.Refused(new Refusal(RefusalCode.InvalidInput, "Das Passwort braucht mindestens 12 Zeichen.", Field: "password"));
        }

        State.Profile = profile;
        State.PasswordHash = _hasher.HashPassword(profile, password);
        State.FailedAttempts = 0;
        State.LockedUntil = null;
        State.MustChangePassword = false;
        await WriteStateAsync();
        return CommandResult.Done(EventSequence);
    });

    public Task<SignInOutcome> SignInAsync(string password) => RetryOnConflictAsync(async () =>
    {
        var now = Time.GetUtcNow();
        if (State.Profile is not { } profile || State.PasswordHash is not { } hash)
        {
            // Same work and the same lockout as a real account, so that unknown names cannot be told apart by timing
            // or by the answer. Kept in memory only: no row is written for a name somebody made up.
            _hasher.VerifyHashedPassword(new AccountProfile(Key, "", ActorRole.System, "", ""), _dummyHash, password);
            return new SignInOutcome(false, _unknownLockout.Fail(now), null, null);
        }

        if (State.LockedUntil > now)
        {
            return new SignInOutcome(false, true, null, null);
        }

        if (_hasher.VerifyHashedPassword(profile, hash, password) == PasswordVerificationResult.Failed)
        {
            (State.FailedAttempts, State.LockedUntil) = Lockout.AfterFailure(State.FailedAttempts, now);
            await WriteStateAsync();
            return new SignInOutcome(false, State.LockedUntil is not null, null, null);
        }

        if (State.FailedAttempts > 0 || State.LockedUntil is not null)
        {
            State.FailedAttempts = 0;
            State.LockedUntil = null;
            await WriteStateAsync();
        }

        return State.Disabled
            ? new SignInOutcome(false, false, null, null, Disabled: true)
            : new SignInOutcome(true, false, profile, State.SecurityStamp, MustChangePassword: State.MustChangePassword);
    });

    public Task<AccountProfile?> GetAsync() => Task.FromResult(State.Profile);

    public Task<bool> IsSessionValidAsync(string stamp, string sessionId) => Task.FromResult(
        State.Profile is not null && !State.Disabled && stamp == State.SecurityStamp && !State.EndedSessions.ContainsKey(sessionId));

    public Task SignOutSessionAsync(string sessionId) => RetryOnConflictAsync<bool>(async () =>
    {
        var now = Time.GetUtcNow();
        foreach (var expired in State.EndedSessions.Where(s => s.Value <= now).Select(s => s.Key).ToList())
        {
            State.EndedSessions.Remove(expired);
        }

        State.EndedSessions[sessionId] = now + EndedSessionMemory;
        RaiseEvent(new SessionEnded(Key, sessionId));
        await WriteStateAsync();
        return true;
    });

    public async Task SignOutEverywhereAsync()
    {
        EndEverySession();
        await WriteStateAsync();
    }

    /// <summary>A new stamp: every session's cookie is refused from now on, and every node closes the account's live connections.</summary>
    private void EndEverySession()
    {
        State.SecurityStamp = Guid.NewGuid().ToString("N");
        RaiseEvent(new SignedOutEverywhere(Key));
    }

    private readonly UnknownAccountLockout _unknownLockout = new();

    private static readonly string _dummyHash = _hasher.HashPassword(new AccountProfile("", "", ActorRole.System, "", ""), Guid.NewGuid().ToString());
}
