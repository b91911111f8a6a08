using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;
using Microsoft.Extensions.Time.Testing;

namespace HeresHealthy.Grains.Tests.Board;

/// <summary>
/// The board's queue names each case's practice and the due time of its waiting obligation, computed on the server;
/// the board keeps today's series of active cases, rebuilt from the event log after a restart, and starts each day
/// with the total carried over.
/// </summary>
public abstract class BoardDeadlineAndChartTests<TTarget> where TTarget : StorageTarget, new()
{
    private readonly TTarget _target = new();
    private readonly FakeTimeProvider _time = new(GermanTime.At(new DateOnly(2026, 11, 2), new TimeOnly(9, 0))); // a Monday

    [Fact]
    public async Task A_waiting_case_shows_its_practice_and_the_servers_due_time_and_the_days_chart_survives_a_restart()
    {
        var (normal, urgent) = (Sample.Id(), Sample.Id());
        var referredAt = _time.GetUtcNow();
        IReadOnlyList<ActiveCasesPoint> chart;
        await using (var node = await ProtocolNode.StartAsync(_target, _time))
        {
            await node.Case(normal).MustAsync(Sample.Refer(referredAt));
            await node.Case(urgent).MustAsync(Sample.Refer(referredAt, practice: "p-2", urgent: true));
            var board = await BoardWithAsync(node, view => view.Queue.Count == 2);
            Assert.Equal(WorkingDays.Add(referredAt, 1), Queued(board, normal).DueAt);
            Assert.Equal(referredAt.AddMinutes(15), Queued(board, urgent).DueAt);
            Assert.Equal(("Kinderarztpraxis am Bahnhof", "Praxis Dr. Nowak"), (Queued(board, normal).PracticeName, Queued(board, urgent).PracticeName));

            _time.Advance(TimeSpan.FromHours(1));
            await node.Case(normal).MustAsync(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
            _time.Advance(TimeSpan.FromMinutes(5));
            await node.Case(urgent).MustAsync(new Claim(Sample.Id(), Sample.Lotsin("l-2")));
            board = await BoardWithAsync(node, view => view.ActiveToday.Count == 3 && view.Caseload.Any(c => c.CaseId == urgent));
            Assert.Equal((referredAt.AddHours(1), WorkingDays.Add(referredAt.AddHours(1), 1)), (Queued(board, normal).StatusSince, Queued(board, normal).DueAt));
            Assert.Null(board.Caseload.Single(c => c.CaseId == urgent).DueAt);
            chart = board.ActiveToday;
            Assert.Equal(
                [(GermanTime.At(new DateOnly(2026, 11, 2), TimeOnly.MinValue), 0), (referredAt.AddHours(1), 1), (referredAt.AddMinutes(65), 2)],
                chart.Select(p => (p.At, p.Active)));
        }

        await using var restarted = await ProtocolNode.StartAsync(_target, _time, seed: false);
        Assert.Equal(chart, (await BoardWithAsync(restarted, view => view.ActiveToday.Count == 3)).ActiveToday);

        _time.Advance(TimeSpan.FromDays(1));
        var nextDay = await BoardWithAsync(restarted, _ => true);
        Assert.Equal([(GermanTime.At(new DateOnly(2026, 11, 3), TimeOnly.MinValue), 2)], nextDay.ActiveToday.Select(p => (p.At, p.Active)));
    }

    private static QueuedCase Queued(BoardView board, string caseId) => board.Queue.Single(q => q.CaseId == caseId);

    private static async Task<BoardView> BoardWithAsync(SiloNode node, Func<BoardView, bool> holds)
    {
        var board = node.Grains.GetGrain<IWorkloadBoardGrain>(Sample.Network);
        await Eventually.HoldsAsync(async () => holds(await board.GetBoardAsync()), "the board folded the commands in");
        return await board.GetBoardAsync();
    }
}

public sealed class MemoryBoardDeadlineAndChartTests : BoardDeadlineAndChartTests<MemoryTarget>;

public sealed class PostgresBoardDeadlineAndChartTests : BoardDeadlineAndChartTests<PostgresTarget>;
