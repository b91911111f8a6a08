using HeresHealthy.Silo.Providers;
using HeresHealthy.Grains.Abstractions.Kiosk;

namespace HeresHealthy.Grains.Kiosk;

public sealed class KioskState : OutboxState
{
    public Dictionary<string, Workshop> Workshops { get; set; } = [];

    public HashSet<string> Processed { get; set; } = [];
}
