namespace HeresHealthy.Grains.Abstractions.Common;

/// <summary>
/// The municipalities of the network and their districts, as a practice picks them for a family's place of residence
/// (no free text: the district stays after erasure as an anonymous fact for reports). Stadt Herne with its four
/// Stadtbezirke and their Ortsteile; the ten towns of Kreis Recklinghausen with their Stadtteile.
/// </summary>
public static class NetworkPlaces
{
    /// <summary>Municipality → its districts, in the order a pick-list shows them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Districts { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["Herne"] =
        [
            "Herne-Mitte", "Wanne", "Eickel", "Sodingen",
            "Baukau", "Börnig", "Crange", "Holsterhausen", "Holthausen", "Horsthausen", "Röhlinghausen", "Unser Fritz",
        ],
        ["Recklinghausen"] = ["Altstadt", "Süd", "Hillerheide", "Hochlarmark", "König-Ludwig", "Suderwich", "Hillen", "Speckhorn", "Essel", "Stuckenbusch"],
        ["Castrop-Rauxel"] = ["Habinghorst", "Ickern", "Rauxel", "Schwerin", "Castrop", "Henrichenburg", "Merklinde", "Frohlinde"],
        ["Datteln"] = ["Datteln-Mitte", "Meckinghoven", "Horneburg", "Ahsen"],
        ["Dorsten"] = ["Altstadt", "Hardt", "Holsterhausen", "Hervest", "Wulfen", "Lembeck", "Rhade", "Feldmark"],
        ["Gladbeck"] = ["Gladbeck-Mitte", "Butendorf", "Brauck", "Rentfort", "Zweckel", "Ellinghorst", "Schultendorf"],
        ["Haltern am See"] = ["Haltern-Mitte", "Sythen", "Lippramsdorf", "Lavesum", "Hullern", "Flaesheim", "Hamm-Bossendorf"],
        ["Herten"] = ["Herten-Mitte", "Westerholt", "Langenbochum", "Disteln", "Scherlebeck", "Paschenberg"],
        ["Marl"] = ["Marl-Mitte", "Hüls", "Drewer", "Brassert", "Sinsen", "Polsum", "Lenkerbeck"],
        ["Oer-Erkenschwick"] = ["Oer", "Erkenschwick", "Rapen", "Groß-Erkenschwick", "Klein-Erkenschwick"],
        ["Waltrop"] = ["Waltrop-Mitte", "Brockenscheidt", "Oberwiese", "Leveringhausen", "Holthausen"],
    };

    public static IEnumerable<string> Municipalities => Districts.Keys;

    public static bool IsDistrictOf(string? municipality, string? district) =>
        municipality is not null && district is not null && Districts.TryGetValue(municipality, out var districts) && districts.Contains(district);
}
