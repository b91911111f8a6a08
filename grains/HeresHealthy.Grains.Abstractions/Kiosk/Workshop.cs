namespace HeresHealthy.Grains.Abstractions.Kiosk;

/// <summary>A parent workshop (Elternwerkstatt) at the Familienkiosk. Registrations are counted, never named.</summary>
public sealed record Workshop(string Id, string Title, DateTimeOffset At, string Place, int Capacity, int Registrations);
