namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>A demo Lotsin: the account she signs in with and her id in the protocol.</summary>
public sealed record LotsinAccount(string UserName, string Id);
