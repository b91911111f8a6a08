using HeresHealthy.Grains.Abstractions.Reports;

namespace HeresHealthy.Grains.Tests.Reports;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("2026", 2026, 1, 12)]
    [InlineData("2026-Q4", 2026, 10, 3)]
    [InlineData("2026-Q1", 2026, 1, 3)]
    [InlineData("2026-11", 2026, 11, 1)]
    public void Whole_months_quarters_and_years_are_periods(string text, int year, int first, int months)
    {
        Assert.True(ReportPeriod.TryParse(text, out var period));
        Assert.Equal(new ReportPeriod(year, first, months), period);
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("2026-11-03")]
    [InlineData("2026-W45")]
    [InlineData("26")]
    public void Anything_finer_or_malformed_is_no_period(string? text) => Assert.False(ReportPeriod.TryParse(text, out _));

    [Fact]
    public void A_quarter_contains_its_three_months_only()
    {
        var period = ReportPeriod.Parse("2026-Q4");
        Assert.Equal([10, 11, 12], Enumerable.Range(1, 12).Where(month => period.Contains(2026, month)));
        Assert.False(period.Contains(2025, 11));
    }
}
