namespace HeresHealthy.Grains.Abstractions.Board;

/// <summary>The coordinator's live workload board of one network. No personal data.</summary>
/// <param name="Position">The last event position the board has applied.</param>
/// <param name="Caseload">Cases in a Lotsin's care (Accepted, InCare), <c>OfferedTo</c> naming her: what the coordinator can reassign.</param>
public sealed record BoardView(
    string Network,
    long Position,
    IReadOnlyList<QueuedCase> Queue,
    IReadOnlyList<LotsinLoad> Lotsinnen,
    IReadOnlyList<OverdueItem> Overdue,
    IReadOnlyList<QueuedCase> Caseload,
    int OpenCases,
    int ClosedCases);
