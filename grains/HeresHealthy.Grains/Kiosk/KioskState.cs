using HeresHealthy.Grains.Abstractions.Kiosk;

namespace HeresHealthy.Grains.Kiosk;

public sealed class KioskState
{
    public Dictionary<string, Workshop> Workshops { get; set; } = [];

    public HashSet<string> Processed { get; set; } = [];
}
