namespace HeresHealthy.Grains.Abstractions.Common;

/// <summary>
/// The languages the network's people speak with families, by the codes the referral form and the Lotsinnen's profiles
/// store, with their German names in the order a pick-list shows them.
/// </summary>
public static class NetworkLanguages
{
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("de", "Deutsch"), ("tr", "Türkisch"), ("ar", "Arabisch"), ("ru", "Russisch"), ("pl", "Polnisch"), ("ro", "Rumänisch"),
        ("ku", "Kurdisch"), ("en", "Englisch"), ("uk", "Ukrainisch"), ("bg", "Bulgarisch"), ("fa", "Persisch"),
    ];

    /// <summary>The German name of a code, or null for a code not in <see cref="All"/>.</summary>
    public static string? NameOf(string code) => All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase)).Name;
}
