
namespace HeresHealthy.Grains.Reports;

/// <summary>The anonymous fact a held workshop leaves for the reports: its month and municipality, registered and attending families.</summary>
public sealed record WorkshopFact(int Year, int Month, string Municipality, int Registered, int Attended);
