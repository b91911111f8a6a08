namespace HeresHealthy.Grains.Abstractions.Accounts;

/// <summary>The answer to a sign-in attempt. <c>SecurityStamp</c> changes on "sign out everywhere".</summary>
public sealed record SignInOutcome(bool Succeeded, bool LockedOut, AccountProfile? Profile, string? SecurityStamp);
