
namespace HeresHealthy.Grains.Abstractions.Accounts;

/// <summary>The answer to a sign-in attempt. <c>SecurityStamp</c> changes on "sign out everywhere".</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Accounts.SignInOutcome")]
public sealed record SignInOutcome([Id(0)] bool Succeeded, [Id(1)] bool LockedOut, [Id(2)] AccountProfile? Profile, [Id(3)] string? SecurityStamp);
