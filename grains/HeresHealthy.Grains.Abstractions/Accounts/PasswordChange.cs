namespace HeresHealthy.Grains.Abstractions.Accounts;

/// <summary>The answer to a password change: refused (and why), or done with the account's new security stamp, which ends every other session.</summary>
[GenerateSerializer]
[Immutable]
[Alias("HeresHealthy.Grains.Abstractions.Accounts.PasswordChange")]
public sealed record PasswordChange([Id(0)] Common.Refusal? Refusal, [Id(1)] AccountProfile? Profile, [Id(2)] string? SecurityStamp);
