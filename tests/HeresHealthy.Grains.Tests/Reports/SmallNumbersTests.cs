using HeresHealthy.Grains.Reports;

namespace HeresHealthy.Grains.Tests.Reports;

public sealed class SmallNumbersTests
{
    [Theory]
    [InlineData(5, 5)]
    [InlineData(7, 5)]
    [InlineData(8, 10)]
    [InlineData(12, 10)]
    [InlineData(13, 15)]
    [InlineData(102, 100)]
    public void A_count_of_five_or_more_is_published_rounded_to_a_multiple_of_five(int value, int published) =>
        Assert.Equal(published, SmallNumbers.Count(value));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void A_count_under_five_zero_included_is_suppressed(int value) => Assert.Null(SmallNumbers.Count(value));

    [Fact]
    public void A_share_is_computed_from_the_published_counts_and_needs_both() 
    {
        Assert.Equal(50, SmallNumbers.Percent(5, 10));
        Assert.Null(SmallNumbers.Percent(null, 10));
        Assert.Null(SmallNumbers.Percent(5, null));
        Assert.Null(SmallNumbers.Percent(0, 0));
    }

    [Fact]
    public void Times_of_fewer_than_ten_cases_are_suppressed()
    {
        Assert.Null(SmallNumbers.Quantile([1, 2, 3, 4, 5, 6, 7, 8, 9], 0.5));
        Assert.Equal(5, SmallNumbers.Quantile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.5));
        Assert.Equal(9, SmallNumbers.Quantile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.9));
    }
}
