namespace HeresHealthy.Grains.Abstractions.Accounts.Events;

/// <summary>Every session of the account ended; every node closes its live connections of that account.</summary>
public sealed record SignedOutEverywhere(string UserName);
