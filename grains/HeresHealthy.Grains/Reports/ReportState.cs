using HeresHealthy.Silo.Providers;

namespace HeresHealthy.Grains.Reports;

/// <summary>What the report grain of a network persists (state name <c>reports</c>): anonymous facts, no personal data.</summary>
public sealed class ReportState : OutboxState
{
    /// <summary>The outbox position folded in last: events up to it are not folded again.</summary>
    public long Position { get; set; }

    /// <summary>Report facts by their random fact id.</summary>
    public Dictionary<string, ReportFact> Facts { get; set; } = [];

    /// <summary>Open cases (by case id) and their fact: see <see cref="OpenCase"/>.</summary>
    public Dictionary<string, OpenCase> Open { get; set; } = [];

    /// <summary>Held workshops (attendance recorded) by workshop id: counts only.</summary>
    public Dictionary<string, WorkshopFact> Workshops { get; set; } = [];

    /// <summary>The practice group (the practice's municipality) of each practice of the network.</summary>
    public Dictionary<string, string> PracticeGroups { get; set; } = [];
}
