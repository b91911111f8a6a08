using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;

namespace HeresHealthy.Grains.Tests.Cases;

/// <summary>
/// A database left by the version before Orleans: migrations 0001 and 0002 only, its grains' rows in grain_state and
/// grain_events (the first runtime wrote the same rows the outbox storage writes now). The first start on Orleans applies
/// migrations 0003 and 0004 and reads every grain as it was; commands go on from there, once each.
/// </summary>
public abstract class PreviousVersionDatabaseTests<TTarget> where TTarget : StorageTarget, new()
{
    private readonly TTarget _target = new();
    private readonly string _case = Sample.Id();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_first_start_on_Orleans_migrates_and_reads_every_grain_as_it_was()
    {
        var refer = Sample.Refer(DateTimeOffset.UtcNow);
        await using (var before = await ProtocolNode.StartAsync(_target))
        {
            await before.Case(_case).MustAsync(refer);
        }

        var stateBefore = await ReadCaseRowAsync();
        await ForgetMigrationsAfter2Async();

        await using var after = await ProtocolNode.StartAsync(_target, seed: false);

        Assert.Equal(stateBefore, await ReadCaseRowAsync());
        Assert.Equal(_case, (await after.StateAsync(_case)).CaseId);
        Assert.True((await after.Case(_case).MustAsync(refer)).Repeated);
        Assert.False((await after.Case(_case).MustAsync(new AddPracticeMessage(Sample.Id(), Sample.Practice(), "Termin steht."))).Repeated);
        Assert.Equal(4, await CountAsync("SELECT count(*) FROM {schema}.schema_migrations"));
    }

    /// <summary>Takes away what migrations 0003 (Orleans' tables and named queries) and 0004 (data-protection keys) added, and their records.</summary>
    private Task<int> ForgetMigrationsAfter2Async() => RawSql.ExecuteAsync(_target, _target is PostgresTarget
        ? "DROP TABLE {schema}.orleansquery, {schema}.orleans_membership, {schema}.orleans_membership_version, {schema}.orleans_storage, {schema}.orleans_reminders, {schema}.data_protection_keys; DELETE FROM {schema}.schema_migrations WHERE version > 2"
        : "DROP TABLE OrleansQuery; DROP TABLE orleans_storage; DROP TABLE orleans_reminders; DROP TABLE data_protection_keys; DELETE FROM schema_migrations WHERE version > 2");

    private async Task<string> ReadCaseRowAsync() =>
        (await StoredRows.ReadAllAsync(_target)).Single(row => row.StartsWith("grain_state", StringComparison.Ordinal) && row.Contains(_case, StringComparison.Ordinal));

    private async Task<long> CountAsync(string sql) => Convert.ToInt64(await RawSql.ScalarAsync(_target, sql), System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class SqlitePreviousVersionDatabaseTests : PreviousVersionDatabaseTests<SqliteTarget>;

public sealed class PostgresPreviousVersionDatabaseTests : PreviousVersionDatabaseTests<PostgresTarget>;
