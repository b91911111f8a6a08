using Microsoft.AspNetCore.Identity;
using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Accounts;

/// <summary>What an admin does with an account (create with a first password, reset it, disable) and the user's own password change.</summary>
public sealed partial class AccountGrain
{
    public const int MinPasswordLength = 12;

    public Task<CommandResult> CreateAsync(string commandId, AccountProfile profile, string firstPassword) => RetryOnConflictAsync(async () =>
    {
        if (State.Processed.Contains(commandId))
        {
            return CommandResult.Done(EventSequence, repeated: true);
        }

        if (State.Profile is not null)
        {
            return CommandResult.Refused(new Refusal(RefusalCode.InvalidState, $"Den Benutzernamen {Key} gibt es schon.", "Vorhanden", Field: "userName"));
        }

        if (profile.UserName != Key || string.IsNullOrWhiteSpace(profile.DisplayName) || string.IsNullOrWhiteSpace(profile.EntityId))
        {
            return CommandResult.Refused(new Refusal(RefusalCode.InvalidInput, "Benutzername, Name und Zuordnung sind nötig.", Field: "userName"));
        }

        if (PasswordProblem(firstPassword, "firstPassword") is { } weak)
        {
            return CommandResult.Refused(weak);
        }

        State.Profile = profile;
        State.PasswordHash = _hasher.HashPassword(profile, firstPassword);
        State.MustChangePassword = true;
        State.Processed.Add(commandId);
        await WriteStateAsync();
        return CommandResult.Done(EventSequence);
    });

    public Task<PasswordChange> ChangePasswordAsync(string currentPassword, string newPassword) => RetryOnConflictAsync(async () =>
    {
        if (State.Profile is not { } profile || State.PasswordHash is not { } hash || State.Disabled)
        {
            return new PasswordChange(new Refusal(RefusalCode.NotFound, "Dieses Konto gibt es nicht oder es ist gesperrt."), null, null);
        }

        if (_hasher.VerifyHashedPassword(profile, hash, currentPassword) == PasswordVerificationResult.Failed)
        {
            return new PasswordChange(new Refusal(RefusalCode.InvalidInput, "Das bisherige Passwort stimmt nicht.", Field: "currentPassword"), null, null);
        }

        if (PasswordProblem(newPassword, "newPassword") is { } weak)
        {
            return new PasswordChange(weak, null, null);
        }

        if (newPassword == currentPassword)
        {
            return new PasswordChange(new Refusal(RefusalCode.InvalidInput, "Das neue Passwort muss sich vom bisherigen unterscheiden.", Field: "newPassword"), null, null);
        }

        State.PasswordHash = _hasher.HashPassword(profile, newPassword);
        State.MustChangePassword = false;
        EndEverySession();
        await WriteStateAsync();
        return new PasswordChange(null, profile, State.SecurityStamp);
    });

    public Task<CommandResult> ResetPasswordAsync(string commandId, string firstPassword) => AdministerAsync(commandId, () =>
    {
        if (PasswordProblem(firstPassword, "firstPassword") is { } weak)
        {
            return weak;
        }

        State.PasswordHash = _hasher.HashPassword(State.Profile!, firstPassword);
        State.MustChangePassword = true;
        State.FailedAttempts = 0;
        State.LockedUntil = null;
        EndEverySession();
        return null;
    });

    public Task<CommandResult> SetDisabledAsync(string commandId, bool disabled) => AdministerAsync(commandId, () =>
    {
        State.Disabled = disabled;
        if (disabled)
        {
            EndEverySession();
        }

        return null;
    });

    public Task<AccountSummary?> GetSummaryAsync() => Task.FromResult(State.Profile is { } profile
        ? new AccountSummary(profile.UserName, profile.DisplayName, profile.Role, profile.EntityId, State.Disabled, State.MustChangePassword)
        : null);

    /// <summary>An admin's command on an existing account: once per command id; <paramref name="change"/> answers a refusal or null when it changed the state.</summary>
    private Task<CommandResult> AdministerAsync(string commandId, Func<Refusal?> change) => RetryOnConflictAsync(async () =>
    {
        if (State.Profile is null)
        {
            return CommandResult.Refused(new Refusal(RefusalCode.NotFound, $"Das Konto {Key} gibt es nicht."));
        }

        if (State.Processed.Contains(commandId))
        {
            return CommandResult.Done(EventSequence, repeated: true);
        }

        if (change() is { } refusal)
        {
            return CommandResult.Refused(refusal);
        }

        State.Processed.Add(commandId);
        await WriteStateAsync();
        return CommandResult.Done(EventSequence);
    });

    private static Refusal? PasswordProblem(string? password, string field) => password switch
    {
        null or { Length: < MinPasswordLength } => new Refusal(RefusalCode.InvalidInput, $"Das Passwort braucht mindestens {MinPasswordLength} Zeichen.", Field: field),
        { Length: > 200 } => new Refusal(RefusalCode.InvalidInput, "Das Passwort darf höchstens 200 Zeichen haben.", Field: field),
        _ => null,
    };
}
