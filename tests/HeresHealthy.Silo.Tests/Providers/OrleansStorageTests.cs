using HeresHealthy.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace HeresHealthy.Silo.Tests.Providers;

/// <summary>
/// Orleans' ADO.NET providers on the project's own tables and queries (Storage/{Provider}/Migrations/0003_orleans.sql):
/// grain state as plain JSON with stable names, optimistic concurrency by version, clearing, and durable reminders.
/// </summary>
public abstract class OrleansStorageTests<TTarget>
    where TTarget : StorageTarget, new()
{
    private readonly TTarget _target = new();
    private readonly string _serviceId = $"heres-{Guid.NewGuid():N}";

    [Fact]
    public async Task A_grains_state_is_stored_as_plain_JSON_and_read_again_after_a_restart()
    {
        await using (var cluster = await OrleansCluster.StartAsync(_target, _serviceId))
        {
            var grain = cluster.Client.GetGrain<INoteGrain>("familie-1");
            await grain.AddNoteAsync("erste Notiz");
            Assert.Equal(2, await grain.AddNoteAsync("zweite Notiz"));
        }

        var row = Assert.Single(await StoredRows.ReadAllAsync(_target), r => r.StartsWith("orleans_storage", StringComparison.Ordinal));
        Assert.Contains("zweite Notiz", row, StringComparison.Ordinal);
        Assert.Contains("\"notes\"", row, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", row, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(NoteState), row, StringComparison.Ordinal);

        await using var restarted = await OrleansCluster.StartAsync(_target, _serviceId);
        var notes = await restarted.Client.GetGrain<INoteGrain>("familie-1").ReadNotesAsync();
        Assert.Equal(["erste Notiz", "zweite Notiz"], notes.Notes);
    }

    [Fact]
    public async Task A_write_with_a_stale_or_missing_version_is_refused_and_changes_nothing()
    {
        await using var cluster = await OrleansCluster.StartAsync(_target, _serviceId);
        var storage = cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>("Default");
        var id = Orleans.Runtime.GrainId.Create("note", "familie-2");
        var first = new GrainState<NoteState>(new NoteState { Notes = ["a"] });
        await storage.WriteStateAsync("notes", id, first);
        await storage.WriteStateAsync("notes", id, first);

        var fresh = new GrainState<NoteState>(new NoteState { Notes = ["neu"] });
        var stale = new GrainState<NoteState>(new NoteState { Notes = ["alt"] }) { ETag = "1" };
        await Assert.ThrowsAsync<Orleans.Storage.InconsistentStateException>(() => storage.WriteStateAsync("notes", id, fresh));
        await Assert.ThrowsAsync<Orleans.Storage.InconsistentStateException>(() => storage.WriteStateAsync("notes", id, stale));

        var read = new GrainState<NoteState>(new NoteState());
        await storage.ReadStateAsync("notes", id, read);
        Assert.NotNull(read.State);
        Assert.Equal(["a"], read.State.Notes);
        Assert.Equal(("2", true), (read.ETag, read.RecordExists));
    }

    [Fact]
    public async Task A_cleared_state_keeps_no_payload_and_reads_empty()
    {
        await using var cluster = await OrleansCluster.StartAsync(_target, _serviceId);
        var grain = cluster.Client.GetGrain<INoteGrain>("familie-3");
        await grain.AddNoteAsync("Vertrauliches 4711");

        await grain.ForgetAsync();

        Assert.DoesNotContain(await StoredRows.ReadAllAsync(_target), r => r.Contains("4711", StringComparison.Ordinal));
        Assert.Empty((await grain.ReadNotesAsync()).Notes);
    }

    [Fact]
    public async Task Reminders_are_stored_found_by_grain_and_by_hash_range_and_removed_only_with_their_version()
    {
        await using var cluster = await OrleansCluster.StartAsync(_target, _serviceId);
        var table = cluster.GetSiloServiceProvider().GetRequiredService<IReminderTable>();
        var cancellation = TestContext.Current.CancellationToken;
        var grain = Orleans.Runtime.GrainId.Create("case", "fall-1");
        var startAt = new DateTime(2026, 12, 7, 8, 30, 0, DateTimeKind.Utc);
        var entry = new ReminderEntry { GrainId = grain, ReminderName = "frist", StartAt = startAt, Period = TimeSpan.FromDays(1) };

        var version = await table.UpsertRow(entry, cancellation);
        var moved = await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "frist", StartAt = startAt.AddHours(1), Period = TimeSpan.FromDays(1) }, cancellation);

        Assert.NotNull(version);
        Assert.NotNull(moved);
        var row = await table.ReadRow(grain, "frist", cancellation);
        Assert.NotNull(row);
        Assert.Equal((startAt.AddHours(1), TimeSpan.FromDays(1), moved), (row.StartAt, row.Period, row.ETag));
        Assert.NotEqual(version, moved);
        Assert.Single((await table.ReadRows(grain, cancellation)).Reminders);
        var hash = grain.GetUniformHashCode();
        Assert.Single((await table.ReadRows(hash - 1, hash, cancellation)).Reminders);
        Assert.Empty((await table.ReadRows(hash, hash + 1, cancellation)).Reminders);
        Assert.Single((await table.ReadRows(hash + 1, hash, cancellation)).Reminders); // the range wraps around the ring
        Assert.False(await table.RemoveRow(grain, "frist", version, cancellation));
        Assert.True(await table.RemoveRow(grain, "frist", moved, cancellation));
        Assert.Null(await table.ReadRow(grain, "frist", cancellation));
    }
}

public sealed class SqliteOrleansStorageTests : OrleansStorageTests<SqliteTarget>;

public sealed class PostgresOrleansStorageTests : OrleansStorageTests<PostgresTarget>;
