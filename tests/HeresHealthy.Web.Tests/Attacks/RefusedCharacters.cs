namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>
/// Characters no text input may hold, as JSON escapes (an unpaired surrogate cannot be written by a JSON writer, so a
/// body is built with <see cref="Placeholder"/> and the escape put in its place): control characters, unpaired
/// surrogates and non-characters.
/// </summary>
public static class RefusedCharacters
{
    public const string Placeholder = "__REFUSED__";

    public static IReadOnlyList<string> JsonEscapes { get; } =
    [
        @"\u0000", @"\u0001", @"\u0007", @"\u001b", @"\u007f", @"\u0085", @"\u009f",
        @"\ud800", @"\udfff", @"\ud83d", @"\ude42x",
        @"\ufffe", @"\uffff", @"\ufdd0", @"\ufdef", @"\ud83f\udffe", @"\udbff\udfff",
    ];

    /// <summary>Line breaks and tabs: refused in single-line fields, allowed in multi-line ones.</summary>
    public static IReadOnlyList<string> LineBreaks { get; } = [@"\n", @"\r\n", @"\t"];
}
