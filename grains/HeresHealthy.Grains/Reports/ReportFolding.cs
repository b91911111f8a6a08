using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Events;
using HeresHealthy.Grains.Abstractions.Kiosk.Events;
using HeresHealthy.Grains.Abstractions.Practices.Events;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Grains.Reports;

/// <summary>
/// Folds published (redacted) events into the anonymous report facts of one network. Idempotent by outbox position:
/// an event at or before <see cref="ReportState.Position"/> changes nothing, so a repeated delivery counts once.
/// </summary>
public static class ReportFolding
{
    /// <summary>Folds one event; true when a fact or the practice groups changed (and the state needs writing).</summary>
    public static bool Apply(ReportState state, string network, EventEnvelope envelope)
    {
        if (envelope.Position <= state.Position)
        {
            return false;
        }

        state.Position = envelope.Position;
        var key = envelope.Grain.Key;
        switch (EventCatalog.Read(envelope))
        {
            case PracticeRegistered { Profile: var p } when p.Network == network:
                state.PracticeGroups[p.Id] = p.Municipality;
                return true;
            case WorkshopAttendanceRecorded held when held.Network == network:
                state.Workshops[held.WorkshopId] = new WorkshopFact(held.Year, held.Month, held.Municipality, held.Registered, held.Attended);
                return true;
            case CaseReferred referred when referred.Network == network && !state.Open.ContainsKey(key):
                var fact = NewFact(referred, state.PracticeGroups.GetValueOrDefault(referred.PracticeId, referred.Municipality));
                state.Facts[fact.FactId] = fact;
                state.Open[key] = new OpenCase(fact.FactId, referred.At);
                return true;
            case CaseEvent change when state.Open.TryGetValue(key, out var open):
                var before = state.Facts[open.FactId];
                var after = Evolve(before, open.ReferredAt, change);
                state.Facts[open.FactId] = after;
                if (after.Outcome is not null || change is CaseAnonymised)
                {
                    state.Open.Remove(key);
                }

                return !ReferenceEquals(before, after) || change is CaseAnonymised;
            default:
                return false;
        }
    }

    private static ReportFact NewFact(CaseReferred referred, string practiceGroup)
    {
        var local = GermanTime.ToLocal(referred.At);
        return new ReportFact(Guid.NewGuid().ToString("N"), local.Year, local.Month, referred.Municipality, referred.District, practiceGroup,
            [.. referred.Needs.Distinct()], referred.Urgent);
    }

    private static ReportFact Evolve(ReportFact fact, DateTimeOffset referredAt, CaseEvent change) => change switch
    {
        AssignmentAccepted or CaseClaimed when fact.MinutesToAssignment is null => fact with { MinutesToAssignment = Minutes(referredAt, change.At) },
        ContactAttemptRecorded when fact.MinutesToFirstContact is null => fact with { MinutesToFirstContact = Minutes(referredAt, change.At) },
        FirstMeetingRecorded => fact with { Reached = true },
        OnwardReferralMade made => fact with { Onward = [.. fact.Onward, new OnwardFact(made.ReferralId, made.OfferKind, false)] },
        OnwardReferralUpdated updated => fact with
        {
            Onward = [.. fact.Onward.Select(o => o.ReferralId == updated.ReferralId ? o with { TakenUp = updated.Status == OnwardReferralStatus.Attended } : o)],
        },
        CaseClosed closed => fact with { Outcome = closed.Outcome },
        ReferralWithdrawn => fact with { Outcome = CaseOutcome.WithdrawnByPractice },
        ConsentWithdrawn => fact with { Outcome = CaseOutcome.ConsentWithdrawn },
        _ => fact,
    };

    private static int Minutes(DateTimeOffset from, DateTimeOffset to) => (int)Math.Max(0, Math.Round((to - from).TotalMinutes));
}
