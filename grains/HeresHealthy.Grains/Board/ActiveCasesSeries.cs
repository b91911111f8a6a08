using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains.Board;

/// <summary>
/// The day's series of the network's active cases (the sum of the Lotsinnen's caseloads), one point per change, at
/// the time the change was committed. It starts each German day with the total carried over from the day before. The
/// board folds it from the event log, so it survives restarts and is the same on every node and in every tab.
/// </summary>
public sealed class ActiveCasesSeries
{
    /// <summary>More changes than this in one day keep only the latest (the chart stays drawable).</summary>
    public const int MaxPoints = 2000;

    private readonly List<ActiveCasesPoint> _points = [];
    private DateOnly _day = DateOnly.MinValue;
    private int _total;

    public void Record(DateTimeOffset at, int total)
    {
        var day = GermanTime.DateOf(at);
        if (day != _day)
        {
            _day = day;
            _points.Clear();
            _points.Add(new ActiveCasesPoint(GermanTime.At(day, TimeOnly.MinValue), _total));
        }

        if (total == _total)
        {
            return;
        }

        _total = total;
        _points.Add(new ActiveCasesPoint(at, total));
        if (_points.Count > MaxPoints)
        {
            _points.RemoveRange(1, _points.Count - MaxPoints); // the day's first point stays: the chart starts at midnight
        }
    }

    /// <summary>Today's series up to <paramref name="now"/>: on a day without changes yet, its start with the carried-over total.</summary>
    public IReadOnlyList<ActiveCasesPoint> Today(DateTimeOffset now)
    {
        var today = GermanTime.DateOf(now);
        return today == _day ? [.. _points] : [new ActiveCasesPoint(GermanTime.At(today, TimeOnly.MinValue), _total)];
    }
}
