
namespace HeresHealthy.Grains.Abstractions.Accounts.Events;

/// <summary>Every session of the account ended; every node closes its live connections of that account.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Accounts.Events.SignedOutEverywhere")]
public sealed record SignedOutEverywhere([Id(0)] string UserName);
