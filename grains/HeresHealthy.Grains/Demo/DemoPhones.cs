using Bogus;

namespace HeresHealthy.Grains.Demo;

/// <summary>Plausible, fictitious practice phone numbers with each demo town's real area code (Vorwahl).</summary>
public sealed class DemoPhones
{
    private static readonly Dictionary<string, string> _areaCodes = new()
    {
        ["Herne"] = "02323",
        ["Recklinghausen"] = "02361",
        ["Castrop-Rauxel"] = "02305",
        ["Herten"] = "02366",
        ["Gladbeck"] = "02043",
        ["Marl"] = "02365",
    };

    private readonly Randomizer _random = new(2323);

    public string Next(string town) => $"{_areaCodes.GetValueOrDefault(town, "02323")} {_random.Int(20, 99)} {_random.Int(100, 999)}";
}
