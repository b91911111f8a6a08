using System.Collections.Frozen;
using System.Globalization;

namespace HeresHealthy.Web.Api;

/// <summary>
/// What a text input may hold, the same on every storage: no control characters (U+0000–U+001F, U+007F–U+009F), no
/// unpaired surrogates and no non-characters (U+FDD0–U+FDEF, U+xxFFFE/U+xxFFFF); line breaks and tabs only in the
/// multi-line fields (notes, messages, reasons, feedback, addresses). PostgreSQL refuses U+0000 in text, and none of
/// these characters is typed by a person.
/// </summary>
public static class TextInput
{
    /// <summary>The JSON names of the fields that are entered in a multi-line text box.</summary>
    public static FrozenSet<string> MultiLineFields { get; } =
        new[] { "note", "text", "reason", "feedback", "overrideNote", "address", "csv" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsMultiLine(string field) => MultiLineFields.Contains(field);

    /// <summary>Why <paramref name="value"/> is refused, in German, or null if it may be stored.</summary>
    public static string? Problem(string value, bool multiLine)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, value[++i]);
                if ((codePoint & 0xFFFE) == 0xFFFE)
                {
                    return $"Enthält das Nichtzeichen {Name(codePoint)}.";
                }
            }
            else if (char.IsSurrogate(c))
            {
                return $"Enthält ein unvollständiges Zeichen (Ersatzzeichen {Name(c)} ohne Partner).";
            }
            else if (c is '\n' or '\r' or '\t')
            {
                if (!multiLine)
                {
                    return "Zeilenumbrüche und Tabulatoren sind in diesem Feld nicht erlaubt.";
                }
            }
            else if (char.IsControl(c))
            {
                return $"Enthält das Steuerzeichen {Name(c)}; Steuerzeichen sind nicht erlaubt.";
            }
            else if (c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF')
            {
                return $"Enthält das Nichtzeichen {Name(c)}.";
            }
        }

        return null;
    }

    private static string Name(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
}
