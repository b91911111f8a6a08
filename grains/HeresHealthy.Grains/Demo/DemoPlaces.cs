namespace HeresHealthy.Grains.Demo;

/// <summary>The towns of the demo network with real district names: Stadt Herne and towns of Kreis Recklinghausen.</summary>
public static class DemoPlaces
{
    public static IReadOnlyDictionary<string, string[]> Districts { get; } = new Dictionary<string, string[]>
    {
        ["Herne"] = ["Herne-Mitte", "Wanne", "Eickel", "Sodingen", "Baukau", "Holsterhausen", "Horsthausen", "Röhlinghausen", "Unser Fritz", "Börnig"],
        ["Recklinghausen"] = ["Altstadt", "Süd", "Hillerheide", "Hochlarmark", "König-Ludwig", "Suderwich"],
        ["Castrop-Rauxel"] = ["Habinghorst", "Ickern", "Rauxel", "Schwerin"],
        ["Herten"] = ["Herten-Mitte", "Westerholt", "Langenbochum", "Disteln"],
        ["Gladbeck"] = ["Butendorf", "Brauck", "Rentfort", "Zweckel"],
        ["Marl"] = ["Hüls", "Drewer", "Brassert", "Sinsen"],
    };
}
