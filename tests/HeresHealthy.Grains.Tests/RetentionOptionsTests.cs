using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HeresHealthy.Grains.Tests;

/// <summary>The retention period comes from configuration (Retention:ClosedCasesAfter), two years if unset.</summary>
public sealed class RetentionOptionsTests
{
    [Fact]
    public void The_period_is_read_from_Retention_ClosedCasesAfter() =>
        Assert.Equal(TimeSpan.FromDays(30), Read("30.00:00:00").ClosedCasesAfter);

    [Fact]
    public void Without_configuration_closed_cases_keep_their_data_for_two_years() =>
        Assert.Equal(TimeSpan.FromDays(730), Read(null).ClosedCasesAfter);

    [Fact]
    public void A_period_of_zero_is_refused() =>
        Assert.Throws<OptionsValidationException>(() => Read("00:00:00"));

    private static RetentionOptions Read(string? closedCasesAfter)
    {
        var settings = closedCasesAfter is null ? [] : new Dictionary<string, string?> { ["Retention:ClosedCasesAfter"] = closedCasesAfter };
        var services = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddHeresHealthyGrains();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<RetentionOptions>>().Value;
    }
}
