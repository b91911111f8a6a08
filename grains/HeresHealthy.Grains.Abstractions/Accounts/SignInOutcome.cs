
namespace HeresHealthy.Grains.Abstractions.Accounts;

/// <summary>
/// The answer to a sign-in attempt. <c>SecurityStamp</c> changes on "sign out everywhere". <c>Disabled</c>: the password
/// held but an admin disabled the account; <c>MustChangePassword</c>: signed in with a first password, which must be
/// changed before anything else.
/// </summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Accounts.SignInOutcome")]
public sealed record SignInOutcome([Id(0)] bool Succeeded, [Id(1)] bool LockedOut, [Id(2)] AccountProfile? Profile, [Id(3)] string? SecurityStamp, [Id(4)] bool Disabled = false, [Id(5)] bool MustChangePassword = false);
