using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.Reports;

namespace HeresHealthy.Grains.Reports;

/// <summary>
/// Builds a report from anonymous facts: the facts of whole months in the period, grouped by one fixed breakdown, each
/// count passed through <see cref="SmallNumbers.Count"/> (or, for tests, another publish rule) and the total computed
/// from the true values, never as the sum of published rows.
/// </summary>
public static class ReportBuilder
{
    public static ReportView Build(IEnumerable<ReportFact> facts, ReportPeriod period, ReportBreakdown by, Func<int, int?>? publish = null)
    {
        publish ??= SmallNumbers.Count;
        var inPeriod = facts.Where(f => period.Contains(f.Year, f.Month)).ToList();
        var rows = inPeriod
            .SelectMany(f => KeysOf(f, by).Select(key => (Key: key, Fact: f)))
            .GroupBy(pair => pair.Key, pair => pair.Fact, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => Row(group.Key, [.. group], publish));
        return new ReportView(period.ToString(), by, [.. rows], Row("Gesamt", inPeriod, publish));
    }

    public static IEnumerable<string> KeysOf(ReportFact fact, ReportBreakdown by) => by switch
    {
        ReportBreakdown.Municipality => [fact.Municipality],
        ReportBreakdown.District => [$"{fact.District} ({fact.Municipality})"],
        ReportBreakdown.PracticeGroup => [fact.PracticeGroup],
        _ => fact.Needs.Distinct().Select(need => need.ToString()),
    };

    private static OnwardKindCount ByKind(HelpOfferKind kind, List<OnwardFact> onward, Func<int, int?> publish)
    {
        var ofKind = onward.Where(o => o.Kind == kind.ToString()).ToList();
        return new OnwardKindCount(kind, publish(ofKind.Count), publish(ofKind.Count(o => o.TakenUp)));
    }

    private static ReportRow Row(string key, List<ReportFact> facts, Func<int, int?> publish)
    {
        var referrals = publish(facts.Count);
        var reached = publish(facts.Count(f => f.Reached));
        var onward = facts.SelectMany(f => f.Onward).ToList();
        var onwardCount = publish(onward.Count);
        var takenUp = publish(onward.Count(o => o.TakenUp));
        var toAssignment = facts.Where(f => f.MinutesToAssignment is not null).Select(f => f.MinutesToAssignment!.Value).ToList();
        var toContact = facts.Where(f => f.MinutesToFirstContact is not null).Select(f => f.MinutesToFirstContact!.Value).ToList();
        return new ReportRow(
            key,
            referrals,
            reached,
            SmallNumbers.Percent(reached, referrals),
            SmallNumbers.Quantile(toAssignment, 0.5),
            SmallNumbers.Quantile(toAssignment, 0.9),
            SmallNumbers.Quantile(toContact, 0.5),
            SmallNumbers.Quantile(toContact, 0.9),
            [.. Enum.GetValues<CaseOutcome>().Select(outcome => new OutcomeCount(outcome, publish(facts.Count(f => f.Outcome == outcome))))],
            onwardCount,
            takenUp,
            SmallNumbers.Percent(takenUp, onwardCount),
            [.. Enum.GetValues<HelpOfferKind>().Select(kind => ByKind(kind, onward, publish))]);
    }
}
