using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Reports;
using HeresHealthy.Grains.Tests.Fixtures;

namespace HeresHealthy.Grains.Tests.Reports;

public sealed class ReportFoldingTests
{
    /// <summary>A case in care, closed by its Lotsin: refer, assign, accept, contact, meet, onward referral attended, close.</summary>
    private static CaseScript ClosedCase()
    {
        var script = new CaseScript();
        var lotsin = Sample.Lotsin();
        script.Must(Sample.Refer(script.Now));
        script.Now = script.Now.AddHours(2);
        script.Must(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        script.Must(new Accept(Sample.Id(), lotsin));
        script.Now = script.Now.AddHours(1);
        script.Must(new RecordContactAttempt(Sample.Id(), lotsin, true, "erreicht"));
        script.Must(new RecordFirstMeeting(Sample.Id(), lotsin));
        script.Must(new ReferOnward(Sample.Id(), lotsin, "offer-1"));
        script.Must(new UpdateOnwardReferral(Sample.Id(), lotsin, script.State.OnwardReferrals[0].Id, OnwardReferralStatus.Attended));
        script.Must(new Close(Sample.Id(), lotsin, CaseOutcome.HandedOver, "übergeben"));
        return script;
    }

    private static ReportState Fold(IEnumerable<CaseEvent> events, int times = 1)
    {
        var state = new ReportState();
        var envelopes = events.Select((e, i) => Envelopes.Of(i + 1, "case-1", e.Redacted(), e.At)).ToList();
        for (var round = 0; round < times; round++)
        {
            foreach (var envelope in envelopes)
            {
                ReportFolding.Apply(state, Sample.Network, envelope);
            }
        }

        return state;
    }

    [Fact]
    public void A_closed_case_leaves_one_anonymous_fact_and_no_link_to_its_case()
    {
        var state = Fold(ClosedCase().Events);

        var fact = Assert.Single(state.Facts.Values);
        Assert.Empty(state.Open);
        Assert.NotEqual("case-1", fact.FactId);
        Assert.Equal((2026, 11, "Herne", "Wanne", 120, 180, true, CaseOutcome.HandedOver),
            (fact.Year, fact.Month, fact.Municipality, fact.District, fact.MinutesToAssignment, fact.MinutesToFirstContact, fact.Reached, fact.Outcome));
        Assert.True(Assert.Single(fact.Onward).TakenUp);
    }

    [Fact]
    public void Events_delivered_twice_count_once()
    {
        var events = ClosedCase().Events;
        var once = Fold(events);
        var twice = Fold(events, times: 2);

        Assert.Single(twice.Facts.Values);
        Assert.Equivalent(once.Facts.Values.Single() with { FactId = "" }, twice.Facts.Values.Single() with { FactId = "" });
    }

    [Fact]
    public void A_case_of_another_network_leaves_no_fact()
    {
        var state = new ReportState();

        ReportFolding.Apply(state, "andere-netzwerk", Envelopes.Of(1, "case-1", ClosedCase().Events[0].Redacted(), Sample.Monday));

        Assert.Empty(state.Facts);
    }
}
