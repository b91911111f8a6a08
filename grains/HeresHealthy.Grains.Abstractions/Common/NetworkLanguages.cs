namespace HeresHealthy.Grains.Abstractions.Common;

/// <summary>The languages the network's people speak, by the code the forms store (de, tr, ...), with their German names, in pick-list order.</summary>
public static class NetworkLanguages
{
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["de"] = "Deutsch",
        ["tr"] = "Türkisch",
        ["ar"] = "Arabisch",
        ["ru"] = "Russisch",
        ["pl"] = "Polnisch",
        ["ro"] = "Rumänisch",
        ["ku"] = "Kurdisch",
        ["en"] = "Englisch",
        ["uk"] = "Ukrainisch",
        ["bg"] = "Bulgarisch",
        ["fa"] = "Persisch",
    };

    /// <summary>The codes with their German names, in pick-list order.</summary>
    public static IEnumerable<(string Code, string Name)> All => Names.Select(pair => (pair.Key, pair.Value));

    /// <summary>Whether <paramref name="code"/> is one of the list.</summary>
    public static bool IsKnown(string code) => Names.ContainsKey(code);

    /// <summary>A code from the list, in German; "eine weitere Sprache" for any other.</summary>
    public static string NameOf(string code) => Names.GetValueOrDefault(code.ToLowerInvariant(), "eine weitere Sprache");

    /// <summary>The code of a language given by its code or its German name (as a CSV file may hold it), or null.</summary>
    public static string? CodeOf(string codeOrName)
    {
        var wanted = codeOrName.Trim();
        return Names.Keys.FirstOrDefault(code => string.Equals(code, wanted, StringComparison.OrdinalIgnoreCase))
            ?? Names.FirstOrDefault(pair => string.Equals(pair.Value, wanted, StringComparison.OrdinalIgnoreCase)).Key;
    }
}
