using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains;

/// <summary>Settings of the protocol: deadlines per network, with the defaults of PROTOCOL.md.</summary>
public sealed class ProtocolOptions
{
    public DeadlinePolicy DefaultDeadlines { get; set; } = DeadlinePolicy.Default;

    public Dictionary<string, DeadlinePolicy> Deadlines { get; } = [];

    public DeadlinePolicy DeadlinesFor(string network) => Deadlines.GetValueOrDefault(network) ?? DefaultDeadlines;
}
