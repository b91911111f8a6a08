namespace HeresHealthy.Grains.Domain;

/// <summary>The statutory public holidays of North Rhine-Westphalia, computed for any year (Easter by the Gregorian computus).</summary>
public static class NrwHolidays
{
    public static IReadOnlyList<(DateOnly Date, string Name)> In(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            (new DateOnly(year, 1, 1), "Neujahr"),
            (easter.AddDays(-2), "Karfreitag"),
            (easter.AddDays(1), "Ostermontag"),
            (new DateOnly(year, 5, 1), "Tag der Arbeit"),
            (easter.AddDays(39), "Christi Himmelfahrt"),
            (easter.AddDays(50), "Pfingstmontag"),
            (easter.AddDays(60), "Fronleichnam"),
            (new DateOnly(year, 10, 3), "Tag der Deutschen Einheit"),
            (new DateOnly(year, 11, 1), "Allerheiligen"),
            (new DateOnly(year, 12, 25), "1. Weihnachtstag"),
            (new DateOnly(year, 12, 26), "2. Weihnachtstag"),
        ];
    }

    public static bool IsHoliday(DateOnly date) => In(date.Year).Any(h => h.Date == date);

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
