using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains;

/// <summary>
/// Settings of the protocol: deadlines per network, with the defaults of PROTOCOL.md; the app reads them from the
/// configuration section Protocol (e.g. Protocol:DefaultDeadlines:AssignUrgent = 00:15:00,
/// Protocol:Deadlines:&lt;network&gt;:AssignWorkingDays = 2).
/// </summary>
public sealed class ProtocolOptions
{
    public DeadlinePolicy DefaultDeadlines { get; set; } = new(); // its own instance: the configuration binds into it

    public Dictionary<string, DeadlinePolicy> Deadlines { get; } = [];

    public DeadlinePolicy DeadlinesFor(string network) => Deadlines.GetValueOrDefault(network) ?? DefaultDeadlines;
}
