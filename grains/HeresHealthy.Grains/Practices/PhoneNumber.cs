using System.Text.RegularExpressions;

namespace HeresHealthy.Grains.Practices;

/// <summary>A phone number as people write it in Germany ("02323 16-0", "+49 2361 50-0"): digits with spaces, +, -, / and brackets.</summary>
public static partial class PhoneNumber
{
    public static bool IsValid(string phone) => Pattern().IsMatch(phone) && phone.Count(char.IsAsciiDigit) >= 3;

    [GeneratedRegex(@"^\+?[0-9][0-9 ()/-]{2,29}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
