namespace HeresHealthy.Grains.Abstractions.Cases;

/// <param name="Place">Free text; null after erasure. Appointments at the kiosk show on the kiosk view.</param>
public sealed record Appointment(string Id, DateTimeOffset At, string? Place, bool AtKiosk);
