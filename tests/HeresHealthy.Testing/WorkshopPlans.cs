using HeresHealthy.Grains.Abstractions.Kiosk;

namespace HeresHealthy.Testing;

/// <summary>A valid workshop plan at the Familienkiosk Herne (German, led by staff), for the tests of every project.</summary>
public static class WorkshopPlans
{
    public static Workshop At(string id, string title, DateTimeOffset at, int capacity, string place = "Familienkiosk Herne") =>
        new(id, title, at, place, capacity, 0) { Municipality = "Herne", Languages = ["de", "tr"], Leader = "Sabine Krämer" };
}
