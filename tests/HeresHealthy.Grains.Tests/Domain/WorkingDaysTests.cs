using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains.Tests.Domain;

public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_Sunday_is_computed_for_any_year(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), NrwHolidays.EasterSunday(year));

    [Fact]
    public void The_holidays_of_North_Rhine_Westphalia_in_2026_are_the_eleven_statutory_ones()
    {
        var dates = NrwHolidays.In(2026).Select(h => h.Date.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(["01-01", "04-03", "04-06", "05-01", "05-14", "05-25", "06-04", "10-03", "11-01", "12-25", "12-26"], dates);
    }

    [Theory]
    [InlineData("2026-11-06T15:00:00+01:00", 1, "2026-11-09T15:00:00+01:00")] // Friday → Monday over the weekend
    [InlineData("2026-11-07T10:00:00+01:00", 1, "2026-11-09T10:00:00+01:00")] // Saturday → Monday
    [InlineData("2027-03-25T11:00:00+01:00", 1, "2027-03-30T11:00:00+02:00")] // Maundy Thursday → Tuesday after Easter Monday, across summer time
    [InlineData("2026-12-24T09:30:00+01:00", 1, "2026-12-28T09:30:00+01:00")] // Christmas Eve → Monday after Christmas
    [InlineData("2026-04-30T08:00:00+02:00", 1, "2026-05-04T08:00:00+02:00")] // Thursday before the first of May (a Friday)
    [InlineData("2026-11-02T09:00:00+01:00", 10, "2026-11-16T09:00:00+01:00")] // ten working days, two weekends
    [InlineData("2026-05-13T12:00:00+02:00", 2, "2026-05-18T12:00:00+02:00")] // Ascension Day on Thursday 14 May
    public void Adding_working_days_skips_weekends_and_NRW_holidays(string start, int days, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), WorkingDays.Add(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days));

    [Fact]
    public void Christmas_Eve_is_a_working_day_and_Boxing_Day_is_not()
    {
        Assert.True(WorkingDays.IsWorkingDay(new DateOnly(2025, 12, 24)));
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2025, 12, 26)));
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2025, 6, 19)));
    }
}
