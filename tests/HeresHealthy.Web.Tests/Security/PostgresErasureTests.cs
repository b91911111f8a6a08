using HeresHealthy.Testing;
using HeresHealthy.Web.Tests.Attacks;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Security;

/// <summary>
/// Erasure through the whole app on PostgreSQL: a case in care with every kind of personal value, read and changed
/// through the API (so the audit trail has rows about it), then erased by a withdrawal of consent or by the retention
/// job. Afterwards no personal value (the kiosk's display name too) is in any row of any table: state, events, reminders, audit trail.
/// </summary>
public sealed class PostgresErasureTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    [Fact]
    public async Task After_consent_withdrawal_no_personal_value_is_in_any_PostgreSQL_table_and_the_audit_trail_keeps_the_reference()
    {
        using var victim = await VictimCase.CreateAsync(app);
        await AssertStoredAsync(victim);

        await victim.Practice.MustAsync($"/api/referrals/{victim.CaseId}/consent-withdrawal");

        await AssertErasedAsync(victim);
    }

    [Fact]
    public async Task After_the_retention_period_of_a_closed_case_no_personal_value_is_in_any_PostgreSQL_table()
    {
        using var victim = await VictimCase.CreateAsync(app);
        await AssertStoredAsync(victim);

        await victim.CloseAsync();

        await Eventually.HoldsAsync(
            async () => (await RowsAsync()).All(row => Erased(victim, row)),
            $"the closed case anonymised after {PostgresWebApp.RetentionPeriod}",
            seconds: 60);
        await AssertErasedAsync(victim);
    }

    private static bool Erased(VictimCase victim, string row) => !victim.ErasedValues.Any(value => row.Contains(value, StringComparison.Ordinal));

    private Task<IReadOnlyList<string>> RowsAsync() => StoredRows.ReadPostgresAsync(app.Schema);

    /// <summary>Each value is stored before the erasure, so that not finding it afterwards means something.</summary>
    private async Task AssertStoredAsync(VictimCase victim)
    {
        var rows = await RowsAsync();
        foreach (var value in victim.ErasedValues)
        {
            Assert.True(rows.Any(row => row.Contains(value, StringComparison.Ordinal)), $"'{value}' is not stored before the erasure.");
        }
    }

    private async Task AssertErasedAsync(VictimCase victim)
    {
        var rows = await RowsAsync();
        var leaks = rows.Where(row => !Erased(victim, row)).ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} rows still hold personal values, e.g. {leaks.FirstOrDefault()}");
        Assert.Contains(rows, row => row.StartsWith("audit_trail:", StringComparison.Ordinal) && row.Contains(victim.CaseId, StringComparison.Ordinal));
        Assert.Contains(rows, row => row.StartsWith("grain_events:", StringComparison.Ordinal) && row.Contains(victim.CaseId, StringComparison.Ordinal));
    }
}
