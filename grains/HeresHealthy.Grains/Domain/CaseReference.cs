namespace HeresHealthy.Grains.Domain;

/// <summary>The readable reference of a case: <c>HH-</c>, the year of the referral, its number in the network that year.</summary>
public static class CaseReference
{
    public static string Format(int year, int number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"HH-{year}-{number:D4}");

    /// <summary>The German calendar year of an instant (a referral on New Year's Eve after 23:00 UTC counts to the new year).</summary>
    public static int YearOf(DateTimeOffset at) => GermanTime.DateOf(at).Year;
}
