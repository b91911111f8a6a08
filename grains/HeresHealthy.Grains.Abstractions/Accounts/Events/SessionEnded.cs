namespace HeresHealthy.Grains.Abstractions.Accounts.Events;

/// <summary>One session of the account was signed out; every node closes the live connections of that session.</summary>
public sealed record SessionEnded(string UserName, string SessionId);
