
namespace HeresHealthy.Grains.Abstractions.Board;

/// <summary>The coordinator's live workload board of one network. No personal data.</summary>
/// <param name="Position">The last event position the board has applied.</param>
/// <param name="ActiveToday">Today's chart of the network's active cases, kept by the board (see ActiveCasesSeries).</param>
/// <param name="Caseload">Cases in a Lotsin's care (Accepted, InCare), <c>OfferedTo</c> naming her: what the coordinator can reassign.</param>
[GenerateSerializer]
[Immutable] // built fresh for each answer and never changed after: Orleans need not copy it
[Alias("HeresHealthy.Grains.Abstractions.Board.BoardView")]
public sealed record BoardView(
    [Id(0)] string Network,
    [Id(1)] long Position,
    [Id(2)] IReadOnlyList<QueuedCase> Queue,
    [Id(3)] IReadOnlyList<LotsinLoad> Lotsinnen,
    [Id(4)] IReadOnlyList<OverdueItem> Overdue,
    [Id(5)] IReadOnlyList<QueuedCase> Caseload,
    [Id(6)] int OpenCases,
    [Id(7)] int ClosedCases,
    [Id(8)] IReadOnlyList<ActiveCasesPoint> ActiveToday);
