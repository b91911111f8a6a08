
namespace HeresHealthy.Grains.Abstractions.Accounts.Events;

/// <summary>One session of the account was signed out; every node closes the live connections of that session.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Accounts.Events.SessionEnded")]
public sealed record SessionEnded([Id(0)] string UserName, [Id(1)] string SessionId);
