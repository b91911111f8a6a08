using HeresHealthy.Grains.Abstractions.Reports;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;

namespace HeresHealthy.Grains.Tests.Reports;

/// <summary>While the report grain is active, each commit reaches its stored facts through the silo's feed, before anyone reads a report.</summary>
public sealed class ReportFeedTests
{
    private readonly SqliteTarget _target = new();

    [Fact]
    public async Task A_referral_is_stored_as_a_fact_without_a_report_being_read()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        await node.Grains.GetGrain<IReportGrain>(Sample.Network).GetReportAsync(ReportPeriod.Parse("2026"), ReportBreakdown.Need); // activates it
        var before = await FactsStoredAsync();

        await node.Case(Sample.Id()).MustAsync(Sample.Refer(DateTimeOffset.UtcNow));

        await Eventually.HoldsAsync(async () => await FactsStoredAsync() == before + 1, "the referral's fact is stored", seconds: 10);
    }

    private async Task<int> FactsStoredAsync()
    {
        var rows = await StoredRows.ReadAllAsync(_target);
        var reports = rows.Where(row => row.StartsWith("grain_state: reports", StringComparison.Ordinal)).ToList();
        return reports.Sum(row => row.Split("\"practiceGroup\":").Length - 1); // one per fact (the practice groups' map is "practiceGroups")
    }
}
