using FsCheck;
using FsCheck.Fluent;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.Reports;
using HeresHealthy.Grains.Reports;

namespace HeresHealthy.Grains.Tests.Reports;

/// <summary>
/// Random fact sets and random pairs of report filters (period and breakdown): no true count of 1 to 4 is published,
/// and none can be derived as the difference of two published numbers, within one report or across the pair; the
/// parent workshops' cells (per month, per municipality, total) included.
/// FsCheck prints the seed (Replay) of a failing run.
/// </summary>
public sealed class ReportDifferencingProperties
{
    private static readonly string[] _municipalities = ["Herne", "Marl"];
    private static readonly string[] _districts = ["Wanne", "Eickel", "Sodingen"];
    private static readonly string[] _kinds = [nameof(HelpOfferKind.ParentingCounselling), nameof(HelpOfferKind.EarlyHelp), "Unbekannt"];

    private static readonly Gen<ReportFact> _fact =
        from month in Gen.Choose(1, 12)
        from municipality in Gen.Elements(_municipalities)
        from district in Gen.Elements(_districts)
        from practiceGroup in Gen.Elements(_municipalities)
        from needs in Gen.SubListOf(Enum.GetValues<NeedCategory>()).Where(n => n.Count > 0)
        from assigned in Gen.Choose(-1, 3000)
        from contacted in Gen.Choose(-1, 6000)
        from reached in Gen.Elements(true, false)
        from outcome in Gen.Choose(-1, Enum.GetValues<CaseOutcome>().Length - 1)
        from onwardCount in Gen.Choose(0, 2)
        from onward in Gen.Elements(_kinds).Zip(Gen.Elements(true, false)).ListOf(onwardCount)
        select new ReportFact(Guid.NewGuid().ToString("N"), 2026, month, municipality, district, practiceGroup, [.. needs], false)
        {
            MinutesToAssignment = assigned < 0 ? null : assigned,
            MinutesToFirstContact = contacted < 0 ? null : contacted,
            Reached = reached,
            Outcome = outcome < 0 ? null : (CaseOutcome)outcome,
            Onward = [.. onward.Select((o, i) => new OnwardFact($"o{i}", o.Item1, o.Item2))],
        };

    private static readonly Gen<WorkshopFact> _workshop =
        from month in Gen.Choose(1, 12)
        from municipality in Gen.Elements(_municipalities)
        from registered in Gen.Choose(0, 12)
        from attended in Gen.Choose(0, 14)
        select new WorkshopFact(2026, month, municipality, registered, attended);

    private static readonly Gen<ReportPeriod> _period =
        from kind in Gen.Choose(0, 2)
        from index in Gen.Choose(1, 12)
        select kind switch
        {
            0 => new ReportPeriod(2026, index, 1),
            1 => new ReportPeriod(2026, (index - 1) / 3 * 3 + 1, 3),
            _ => new ReportPeriod(2026, 1, 12),
        };

    private static readonly Gen<(ReportPeriod, ReportBreakdown)> _filter = _period.Zip(Gen.Elements(Enum.GetValues<ReportBreakdown>()));

    private static readonly Gen<Scenario> _scenario =
        from size in Gen.Choose(0, 150)
        from facts in _fact.ListOf(size)
        from held in Gen.Choose(0, 30)
        from workshops in _workshop.ListOf(held)
        from first in _filter
        from second in _filter
        select new Scenario([.. facts], [.. workshops], first, second);

    [Fact]
    public void No_count_of_one_to_four_is_published_or_derivable_from_any_pair_of_reports()
    {
        var runs = 0;
        var property = Prop.ForAll(_scenario.ToArbitrary(), scenario =>
        {
            runs++;
            var cells = Cells(scenario, scenario.First).Concat(Cells(scenario, scenario.Second)).ToList();
            foreach (var cell in cells)
            {
                Assert.False(cell.True is >= 1 and <= 4 && cell.Published is not null, $"{cell.Name}: true {cell.True} published");
                Assert.True(cell.Published is null || (cell.Published % SmallNumbers.Threshold == 0 && Math.Abs(cell.Published.Value - cell.True) <= 2),
                    $"{cell.Name}: true {cell.True}, published {cell.Published}");
            }

            var published = cells.Where(c => c.Published is not null).ToList();
            foreach (var a in published)
            {
                foreach (var b in published)
                {
                    var difference = a.Published!.Value - b.Published!.Value;
                    Assert.False(difference is >= 1 and <= 4, $"{a.Name} − {b.Name} = {difference}");
                    Assert.False(a.True - b.True is >= 1 and <= 4 && difference == a.True - b.True,
                        $"{a.Name} − {b.Name} reveals {difference}");
                }
            }
        });

        property.Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));

        Assert.True(runs >= 300, $"only {runs} scenarios ran");
    }

    [Fact]
    public void Shares_and_times_never_come_from_suppressed_cells_or_small_groups()
    {
        var property = Prop.ForAll(_scenario.ToArbitrary(), scenario =>
        {
            foreach (var (period, by) in new[] { scenario.First, scenario.Second })
            {
                var report = ReportBuilder.Build(scenario.Facts, period, by);
                foreach (var row in report.Rows.Append(report.Total))
                {
                    Assert.True(row.ReachedPercent is null || (row.Reached is not null && row.Referrals is > 0));
                    Assert.True(row.UptakePercent is null || (row.OnwardTakenUp is not null && row.OnwardReferrals is > 0));
                    Assert.True(row.MedianMinutesToAssignment is null || row.Referrals >= SmallNumbers.MinimumForTimes - 2);
                    Assert.True(row.MedianMinutesToFirstContact is null || row.Referrals >= SmallNumbers.MinimumForTimes - 2);
                }
            }
        });

        property.Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }

    /// <summary>Every count cell of a report, workshop cells included, published and true (the same report built without protection).</summary>
    private static IEnumerable<Cell> Cells(Scenario scenario, (ReportPeriod Period, ReportBreakdown By) filter)
    {
        var published = WorkshopReport.With(ReportBuilder.Build(scenario.Facts, filter.Period, filter.By), scenario.Workshops, filter.Period);
        var truth = WorkshopReport.With(ReportBuilder.Build(scenario.Facts, filter.Period, filter.By, value => value), scenario.Workshops, filter.Period, value => value);
        var name = $"{filter.Period} {filter.By}";
        var caseCells = published.Rows.Append(published.Total).Zip(truth.Rows.Append(truth.Total))
            .SelectMany(pair => Counts(pair.First).Zip(Counts(pair.Second), (p, t) => new Cell($"{name} {pair.First.Key} {p.Name}", p.Value, t.Value!.Value)));
        var workshopCells = WorkshopRows(published).Zip(WorkshopRows(truth))
            .SelectMany(pair => Counts(pair.First).Zip(Counts(pair.Second), (p, t) => new Cell($"{name} Werkstätten {pair.First.Key} {p.Name}", p.Value, t.Value!.Value)));
        return caseCells.Concat(workshopCells);
    }

    private static IEnumerable<WorkshopReportRow> WorkshopRows(ReportView report) =>
        report.WorkshopsByMonth.Concat(report.WorkshopsByMunicipality).Append(report.WorkshopTotal);

    private static IEnumerable<(string Name, int? Value)> Counts(WorkshopReportRow row) =>
        [("gehalten", row.Held), ("angemeldet", row.Registered), ("teilgenommen", row.Attended)];

    private static IEnumerable<(string Name, int? Value)> Counts(ReportRow row) =>
    [
        ("Vermittlungen", row.Referrals),
        ("erreicht", row.Reached),
        ("Weitervermittlungen", row.OnwardReferrals),
        ("wahrgenommen", row.OnwardTakenUp),
        .. row.Outcomes.Select(o => (o.Outcome.ToString(), o.Count)),
        .. row.OnwardByKind.SelectMany(k => new[] { ($"{k.Kind}", k.Referrals), ($"{k.Kind} wahrgenommen", k.TakenUp) }),
    ];

    private sealed record Cell(string Name, int? Published, int True);

    public sealed record Scenario(IReadOnlyList<ReportFact> Facts, IReadOnlyList<WorkshopFact> Workshops, (ReportPeriod, ReportBreakdown) First, (ReportPeriod, ReportBreakdown) Second);
}
