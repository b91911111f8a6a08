namespace HeresHealthy.Grains.Domain;

/// <summary>
/// Central European time (CET/CEST) with the EU rule: summer time from the last Sunday of March to the last Sunday
/// of October. Built in code so that deadlines do not depend on the machine's time zone database.
/// </summary>
public static class GermanTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.CreateCustomTimeZone(
        "Europe/Berlin (EU rule)",
        TimeSpan.FromHours(1),
        "Mitteleuropäische Zeit",
        "Mitteleuropäische Zeit",
        "Mitteleuropäische Sommerzeit",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date,
                DateTime.MaxValue.Date,
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday)),
        ]);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>Today's date in Germany on <paramref name="time"/>'s clock.</summary>
    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    /// <summary>The instant of a local date and time of day in Germany.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
