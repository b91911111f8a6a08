using System.Text;

namespace HeresHealthy.Grains.Network;

/// <summary>Readable ids from names: "Kinderarztpraxis Dr. Müller" → "kinderarztpraxis-dr-mueller".</summary>
public static class NetworkIds
{
    public const int MaxLength = 60;

    public static string FromName(string name)
    {
        var id = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            id.Append(c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
                _ => id.Length > 0 && id[^1] != '-' ? "-" : "",
            });
        }

        var text = id.ToString().Trim('-');
        text = text.Length > MaxLength ? text[..MaxLength].TrimEnd('-') : text;
        return text.Length >= 2 ? text : $"eintrag-{text}".TrimEnd('-');
    }

    /// <summary>The first of id, id-2, id-3, ... that <paramref name="isFree"/> accepts.</summary>
    public static async Task<string> FirstFreeAsync(string id, Func<string, Task<bool>> isFree)
    {
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? id : $"{id}-{n}";
            if (await isFree(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>An id a client may name: 2 to 100 of a-z, 0-9, '.', '_' and '-'.</summary>
    public static bool IsSafe(string? id) =>
        id is { Length: >= 2 and <= 100 } && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '_' or '-');
}
