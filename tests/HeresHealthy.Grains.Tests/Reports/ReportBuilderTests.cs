using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.Reports;
using HeresHealthy.Grains.Reports;

namespace HeresHealthy.Grains.Tests.Reports;

public sealed class ReportBuilderTests
{
    private static ReportFact Fact(string district, int month = 11, params NeedCategory[] needs) =>
        new(Guid.NewGuid().ToString("N"), 2026, month, "Herne", district, "Herne", needs.Length == 0 ? [NeedCategory.Poverty] : needs, false);

    private static ReportView Report(IEnumerable<ReportFact> facts, string period, ReportBreakdown by) =>
        ReportBuilder.Build(facts, ReportPeriod.Parse(period), by);

    [Fact]
    public void A_district_with_three_referrals_is_suppressed_while_the_total_counts_them()
    {
        var facts = Enumerable.Range(0, 3).Select(_ => Fact("Wanne")).Concat(Enumerable.Range(0, 9).Select(_ => Fact("Eickel")));

        var report = Report(facts, "2026-11", ReportBreakdown.District);

        Assert.Null(report.Rows.Single(r => r.Key == "Wanne (Herne)").Referrals);
        Assert.Equal(10, report.Rows.Single(r => r.Key == "Eickel (Herne)").Referrals);
        Assert.Equal(10, report.Total.Referrals); // 12 rounded: subtracting the Eickel row gives 0, not 3
    }

    [Fact]
    public void Only_facts_of_the_period_count()
    {
        var facts = Enumerable.Range(0, 6).Select(_ => Fact("Wanne", 10)).Concat(Enumerable.Range(0, 6).Select(_ => Fact("Wanne", 9)));

        Assert.Equal(5, Report(facts, "2026-10", ReportBreakdown.Municipality).Total.Referrals);
        Assert.Equal(5, Report(facts, "2026-Q3", ReportBreakdown.Municipality).Total.Referrals);
        Assert.Equal(10, Report(facts, "2026", ReportBreakdown.Municipality).Total.Referrals);
    }

    [Fact]
    public void A_referral_with_two_needs_counts_under_each_need_and_once_in_the_total()
    {
        var facts = Enumerable.Range(0, 5).Select(_ => Fact("Wanne", 11, NeedCategory.Poverty, NeedCategory.Housing)).ToList();

        var report = Report(facts, "2026-11", ReportBreakdown.Need);

        Assert.Equal(["Housing", "Poverty"], report.Rows.Select(r => r.Key));
        Assert.All(report.Rows, row => Assert.Equal(5, row.Referrals));
        Assert.Equal(5, report.Total.Referrals);
    }

    [Fact]
    public void Times_shares_and_outcomes_are_published_only_from_enough_cases()
    {
        var facts = Enumerable.Range(0, 12).Select(i => Fact("Wanne") with
        {
            MinutesToAssignment = 60 * (i + 1),
            Reached = i < 6,
            Outcome = i < 3 ? CaseOutcome.GoalsReached : CaseOutcome.Unreachable,
        }).ToList();

        var total = Report(facts, "2026-11", ReportBreakdown.District).Total;

        Assert.Equal(360, total.MedianMinutesToAssignment);
        Assert.Equal(660, total.P90MinutesToAssignment);
        Assert.Null(total.MedianMinutesToFirstContact);
        Assert.Equal(5, total.Reached);
        Assert.Equal(50, total.ReachedPercent);
        Assert.Null(total.Outcomes.Single(o => o.Outcome == CaseOutcome.GoalsReached).Count);
        Assert.Equal(10, total.Outcomes.Single(o => o.Outcome == CaseOutcome.Unreachable).Count);
    }

    [Fact]
    public void Onward_referrals_are_counted_by_kind_of_offer_with_their_uptake()
    {
        var facts = Enumerable.Range(0, 6).Select(i => Fact("Wanne") with
        {
            Onward = [new OnwardFact("o1", nameof(HelpOfferKind.EarlyHelp), i < 5), new OnwardFact("o2", nameof(HelpOfferKind.YouthWelfare), false)],
        }).ToList();

        var total = Report(facts, "2026-11", ReportBreakdown.Municipality).Total;

        Assert.Equal((10, 5, 50), (total.OnwardReferrals, total.OnwardTakenUp, total.UptakePercent));
        Assert.Equal(new OnwardKindCount(HelpOfferKind.EarlyHelp, 5, 5), total.OnwardByKind.Single(k => k.Kind == HelpOfferKind.EarlyHelp));
        // A true 0 is suppressed like 1 to 4: "none of the six families took up youth welfare" is a fact about each.
        Assert.Equal(new OnwardKindCount(HelpOfferKind.YouthWelfare, 5, null), total.OnwardByKind.Single(k => k.Kind == HelpOfferKind.YouthWelfare));
        Assert.Equal(new OnwardKindCount(HelpOfferKind.Caritas, null, null), total.OnwardByKind.Single(k => k.Kind == HelpOfferKind.Caritas));
    }
}
