using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Grains.Network;

public sealed class NetworkState : OutboxState
{
    /// <summary>The network's towns and districts; null until an admin adds one: then the defaults of Herne and Kreis Recklinghausen.</summary>
    public List<NetworkTown>? Places { get; set; }

    public List<string> Practices { get; set; } = [];

    public List<string> Lotsinnen { get; set; } = [];

    public List<string> Accounts { get; set; } = [];

    /// <summary>The commands carried out, each with the id it answered (a new practice's or Lotsin's), so that a repeat answers the same.</summary>
    public Dictionary<string, string> Processed { get; set; } = [];
}
