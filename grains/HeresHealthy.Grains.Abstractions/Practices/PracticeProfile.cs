namespace HeresHealthy.Grains.Abstractions.Practices;

/// <summary>A paediatric practice (Kinderarztpraxis) of the network.</summary>
public sealed record PracticeProfile(string Id, string Name, string Network, string Municipality, string District);
