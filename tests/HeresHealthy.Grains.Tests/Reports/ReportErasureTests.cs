using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Reports;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HeresHealthy.Grains.Tests.Reports;

/// <summary>
/// The report's counts outlive the withdrawal of consent and the retention period of the cases they come from, while
/// no personal value of those cases, and not their case ids either, stays in the report's stored facts.
/// </summary>
public abstract class ReportErasureTests<TTarget> where TTarget : StorageTarget, new()
{
    private const int Cases = 10;

    private readonly TTarget _target = new();

    [Fact]
    public async Task After_erasure_and_retention_the_counts_stay_and_no_personal_value_or_case_id_is_stored()
    {
        var time = new FakeTimeProvider(Sample.Monday);
        await using var node = await ProtocolNode.StartAsync(_target, time);
        var lotsin = Sample.Lotsin("l-1");
        var ids = Enumerable.Range(0, Cases).Select(_ => Sample.Id()).ToArray();
        var personal = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            var guardian = $"Gordana Wilczek-{i:00}";
            var child = $"Bastian{i:00}";
            personal.AddRange([guardian, child, $"0152 44{i:00}771", $"Vater kommt aus Kalisz {i:00}", $"Am Rosengarten Nr {i:00}"]);
            var grain = node.Case(ids[i]);
            await grain.MustAsync(Sample.Refer(time.GetUtcNow(), family: Sample.Family(guardian, child, personal[^3])) with
            {
                Consent = Sample.Consent(time.GetUtcNow()) with { GivenBy = guardian },
                Note = personal[^2],
            });
            time.Advance(TimeSpan.FromMinutes(30));
            await grain.MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-1", OverrideReason.AgreedWithLotsin));
            await grain.MustAsync(new Accept(Sample.Id(), lotsin));
            time.Advance(TimeSpan.FromMinutes(60));
            await grain.MustAsync(new RecordContactAttempt(Sample.Id(), lotsin, true, $"{guardian} erreicht"));
            await grain.MustAsync(new ScheduleAppointment(Sample.Id(), lotsin, time.GetUtcNow().AddDays(1), personal[^1], false));
            await grain.MustAsync(new RecordFirstMeeting(Sample.Id(), lotsin));
            await grain.MustAsync(i % 2 == 0
                ? new WithdrawConsent(Sample.Id(), Sample.Practice())
                : new Close(Sample.Id(), lotsin, CaseOutcome.GoalsReached, $"{child} geht in die Kita"));
        }

        var before = await ReportAsync(node);
        var stored = await StoredRows.ReadAllAsync(_target);
        Assert.Contains(stored, row => row.Contains(personal[6], StringComparison.Ordinal)); // the second case, closed, still holds its child's name

        time.Advance(new RetentionOptions().ClosedCasesAfter);
        Assert.True(await node.FireDueRemindersAsync() >= Cases / 2);

        var after = await ReportAsync(node);
        Assert.Equivalent(before, after);
        Assert.Equal((10, 10, 100, 30, 90), (after.Total.Referrals, after.Total.Reached, after.Total.ReachedPercent,
            after.Total.MedianMinutesToAssignment, after.Total.MedianMinutesToFirstContact));
        Assert.Equal(5, after.Total.Outcomes.Single(o => o.Outcome == CaseOutcome.ConsentWithdrawn).Count);
        Assert.Equal(5, after.Total.Outcomes.Single(o => o.Outcome == CaseOutcome.GoalsReached).Count);
        var rows = await StoredRows.ReadAllAsync(_target);
        Assert.All(personal, value => Assert.DoesNotContain(rows, row => row.Contains(value, StringComparison.OrdinalIgnoreCase)));
        var facts = rows.Where(row => row.Contains("minutesToFirstContact", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(facts);
        Assert.All(ids, id => Assert.DoesNotContain(facts, row => row.Contains(id, StringComparison.OrdinalIgnoreCase)));
    }

    private static Task<ReportView> ReportAsync(SiloNode node) =>
        node.Grains.GetGrain<IReportGrain>(Sample.Network).GetReportAsync(ReportPeriod.Parse("2026-11"), ReportBreakdown.District);
}

public sealed class SqliteReportErasureTests : ReportErasureTests<SqliteTarget>;

public sealed class PostgresReportErasureTests : ReportErasureTests<PostgresTarget>;
