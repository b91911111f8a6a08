namespace HeresHealthy.Silo.Tests.Providers;

[EventType("TallyAdded")]
public sealed record TallyAdded(int Amount, int Total);
