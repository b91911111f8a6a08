using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains.Demo;

/// <summary>
/// The demo's parent workshops at the Familienkiosk Herne, from the day of the start: two today, some later in the
/// week (one full, with a waiting list), and a weekly series. Families are fictitious. Idempotent: ids by date.
/// </summary>
public static class DemoWorkshops
{
    public static async Task SeedAsync(IKioskGrain kiosk, DateOnly today)
    {
        var id = $"werkstatt-{today:yyyyMMdd}";
        await PlanAsync(kiosk, $"{id}-1", "Elternwerkstatt: Schlafen, Schreien, Trösten", GermanTime.At(today, new TimeOnly(10, 0)), "Familienkiosk Herne, Raum 1", 12, ["de", "tr"]);
        await PlanAsync(kiosk, $"{id}-2", "Elternwerkstatt: Gesund essen mit wenig Geld", GermanTime.At(today, new TimeOnly(15, 0)), "Familienkiosk Herne, Küche", 10, ["de"]);

        // Later in the week too, so that the kiosk's seven days always have a workshop that still takes registrations.
        await PlanAsync(kiosk, $"{id}-3", "Elternwerkstatt: Sprache im Alltag", GermanTime.At(today.AddDays(1), new TimeOnly(15, 0)), "Familienkiosk Herne, Raum 1", 12, ["de", "ar"]);
        await PlanAsync(kiosk, $"{id}-4", "Elternwerkstatt: Medien in der Familie", GermanTime.At(today.AddDays(3), new TimeOnly(10, 0)), "Familienkiosk Herne, Raum 2", 12, ["de", "ru"]);
        await PlanAsync(kiosk, $"{id}-5", "Elternwerkstatt: Erste Hilfe am Kind", GermanTime.At(today.AddDays(4), new TimeOnly(9, 30)), "Familienkiosk Herne, Raum 1", 2, ["de"]);
        await kiosk.ScheduleWorkshopAsync($"demo-reihe-{today:yyyyMMdd}", Plan($"reihe-{today:yyyyMMdd}", "Elternwerkstatt: Spielen und Bewegen",
            GermanTime.At(today.AddDays(2), new TimeOnly(16, 0)), "Familienkiosk Herne, Turnraum", 8, ["de", "pl"]), new WorkshopSeries(4, 1));

        await kiosk.RegisterAsync($"demo-anmeldung-{today:yyyyMMdd}-1", $"{id}-1");
        await kiosk.RegisterAsync($"demo-anmeldung-{today:yyyyMMdd}-3", $"{id}-3");
        (string Name, string? Phone)[] families = [("Familie Yılmaz", "02323 4567"), ("Familie Nowak", null), ("Familie Schäfer", "0171 2345678")];
        for (var i = 0; i < families.Length; i++)
        {
            await kiosk.RegisterFamilyAsync($"demo-familie-{today:yyyyMMdd}-{i}", $"{id}-5", new FamilyRegistration(families[i].Name, families[i].Phone, Consent: true));
        }
    }

    private static Task<Abstractions.Common.CommandResult> PlanAsync(IKioskGrain kiosk, string id, string title, DateTimeOffset at, string place, int capacity, string[] languages) =>
        kiosk.ScheduleWorkshopAsync($"demo-{id}", Plan(id, title, at, place, capacity, languages));

    private static Workshop Plan(string id, string title, DateTimeOffset at, string place, int capacity, string[] languages) =>
        new(id, title, at, place, capacity, 0) { Municipality = "Herne", Languages = languages, Leader = "Sabine Krämer (Familienkiosk)" };
}
