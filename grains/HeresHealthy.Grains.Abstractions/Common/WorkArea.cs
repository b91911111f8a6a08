using HeresHealthy.Grains.Abstractions.Network;

namespace HeresHealthy.Grains.Abstractions.Common;

/// <summary>
/// A district a Lotsin works in, as her profile keeps it: "Herne: Holsterhausen" names the town too, since some names
/// are districts of two towns (Holsterhausen in Herne and Dorsten, Holthausen in Herne and Waltrop, Altstadt in
/// Recklinghausen and Dorsten). A bare name (a profile saved before, a CSV row) means the district of that name in any
/// town; the network stores it with its town when only one town has it, and refuses it when several do.
/// </summary>
public static class WorkArea
{
    private const string Separator = ": ";

    public static string Of(string municipality, string district) => $"{municipality}{Separator}{district}";

    /// <summary>The town (null for a bare name) and the district.</summary>
    public static (string? Municipality, string District) Read(string area)
    {
        var at = area.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? (null, area) : (area[..at], area[(at + Separator.Length)..]);
    }

    /// <summary>Whether a family living in the district of the town lives in the area.</summary>
    public static bool Covers(string area, string municipality, string district)
    {
        var (town, name) = Read(area);
        return string.Equals(name, district, StringComparison.OrdinalIgnoreCase)
            && (town is null || string.Equals(town, municipality, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The towns of the network that have the area's district (the one it names, if it names one).</summary>
    public static IReadOnlyList<string> TownsOf(string area, IReadOnlyList<NetworkTown> places)
    {
        var (town, name) = Read(area);
        return [.. places.Where(t => (town is null || t.Municipality == town) && t.Districts.Contains(name)).Select(t => t.Municipality)];
    }

    /// <summary>The area with its town: a bare name of exactly one town's district gets that town; anything else stays.</summary>
    public static string WithTown(string area, IReadOnlyList<NetworkTown> places) =>
        Read(area) is (null, var name) && TownsOf(area, places) is [var only] ? Of(only, name) : area;
}
