namespace HeresHealthy.Grains.Domain;

/// <summary>Working days in NRW: Monday to Friday without the public holidays of North Rhine-Westphalia.</summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !NrwHolidays.IsHoliday(date);

    /// <summary>
    /// The same local time of day, <paramref name="days"/> working days later. From a weekend or holiday the count
    /// starts at the next working day: one working day after Saturday 10:00 is Monday 10:00.
    /// </summary>
    public static DateTimeOffset Add(DateTimeOffset start, int days)
    {
        var local = GermanTime.ToLocal(start);
        var date = DateOnly.FromDateTime(local.DateTime);
        for (var added = 0; added < days;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                added++;
            }
        }

        return GermanTime.At(date, TimeOnly.FromDateTime(local.DateTime)).ToUniversalTime();
    }
}
