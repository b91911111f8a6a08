namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

public sealed record EntryAppended(string Entry);
