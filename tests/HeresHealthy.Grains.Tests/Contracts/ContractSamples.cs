using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Accounts.Events;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.HelpOffers.Events;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Abstractions.Kiosk.Events;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Abstractions.Lotsinnen.Events;
using HeresHealthy.Grains.Abstractions.Practices;
using HeresHealthy.Grains.Abstractions.Practices.Events;
using HeresHealthy.Grains.Abstractions.Reports;
using HeresHealthy.Grains.Board;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Grains.Reports;
using HeresHealthy.Grains.Tests.Fixtures;
using static HeresHealthy.Grains.Tests.Contracts.ContractSample;

namespace HeresHealthy.Grains.Tests.Contracts;

/// <summary>
/// Realistic values of the contracts, made the way the grains make them (the domain's decide, evolve and views, the
/// board's projection), so that their collections are the runtime types the grains would send.
/// </summary>
public static class ContractSamples
{
    private static readonly LotsinProfile _lotsin = new("l-1", "Maria Schneider", Sample.Network, "Caritas Herne", 12, ["de", "tr"], ["Wanne", "Eickel"]);
    private static readonly LotsinProfile _other = new("l-2", "Jana Becker", Sample.Network, "AWO Herne", 8, ["de"], ["Sodingen"]);
    private static readonly PracticeProfile _practice = new("p-1", "Kinderarztpraxis Dr. Demir", Sample.Network, "Herne", "Wanne");
    private static readonly HelpOffer _offer = new("offer-1", "Erziehungsberatung Herne", HelpOfferKind.ParentingCounselling, "Herne", "02323 16-0");
    private static readonly Workshop _workshop = new("w-1", "Elternwerkstatt: gut schlafen", Sample.Monday.AddDays(1), "Familienkiosk Herne", 12, 3);

    public static IReadOnlyDictionary<string, ContractSample> All { get; } = Make();

    private static Dictionary<string, ContractSample> Make()
    {
        var care = InCare();
        var now = care.Now;
        var state = care.State;
        var urgent = CaseScript.In(CaseStatus.Referred, urgent: true);
        var board = Board(care, urgent);
        var refused = new CaseScript().Refused(Sample.Refer(now) with { District = "Mitte", Family = Sample.Family(phone: "ruf an") });
        var account = new AccountProfile("praxis-demir", "Praxis Dr. Demir", ActorRole.Practice, "p-1", Sample.Network);
        var samples = new Dictionary<string, ContractSample>
        {
            ["practice view"] = Of(CaseViews.ForPractice(state, "p-1", now)!),
            ["Lotsin view"] = Of(CaseViews.ForLotsin(state, "l-1", DeadlinePolicy.Default)!),
            ["coordinator view"] = Of(CaseViews.ForCoordinator(state, Sample.Network)!),
            ["case audience"] = Of(new CaseAudience(state.Network, state.PracticeId, state.LotsinId, state.Urgent, state.Status)),
            ["consent extension"] = Of(state.ConsentExtensions[0]),
            ["accepted command"] = Of(CommandResult.Done(care.Events.Count)),
            ["repeated command"] = Of(CommandResult.Done(care.Events.Count, repeated: true)),
            ["refused command"] = Of(CommandResult.Refused(refused)),
            ["board"] = Of(board.View(now)),
            ["suggestions"] = Of(AssignmentSuggestions.Rank(urgent.State, board.Lotsinnen.Values)),
            ["cases of a Lotsin"] = Of(board.CasesOfLotsin("l-2")),
            ["kiosk appointments"] = Of(board.KioskAppointments(DateOnly.FromDateTime(state.Appointments[0].At.Date), DateOnly.FromDateTime(state.Appointments[0].At.Date).AddDays(6))),
            ["Lotsin"] = Of(new LotsinView(_lotsin, Availability.OnDuty, ["case-1", "case-2"], ["case-2"])),
            ["granted reservation"] = Of(new Reservation(true, _lotsin.Name, null)),
            ["refused reservation"] = Of(new Reservation(false, _other.Name, new Refusal(RefusalCode.CapacityExceeded, "Alle Plätze belegt."))),
            ["account"] = Of(account),
            ["sign-in"] = Of(new SignInOutcome(true, false, account, "stamp-1")),
            ["session ended"] = Of(new SessionEnded(account.UserName, "session-1")),
            ["signed out everywhere"] = Of(new SignedOutEverywhere(account.UserName)),
            ["practice registered"] = Of(new PracticeRegistered(_practice)),
            ["help offer registered"] = Of(new HelpOfferRegistered(Sample.Network, _offer)),
            ["workshop scheduled"] = Of(new WorkshopScheduled(Sample.Network, _workshop)),
            ["workshop registration"] = Of(new WorkshopRegistrationAdded(Sample.Network, _workshop.Id, 4)),
            ["workshop registration cancelled"] = Of(new WorkshopRegistrationCancelled(Sample.Network, _workshop.Id, 3)),
            ["kiosk week"] = Of<IReadOnlyList<KioskDay>>([new KioskDay(
                DateOnly.FromDateTime(_workshop.At.Date),
                [.. board.KioskAppointments(DateOnly.FromDateTime(state.Appointments[0].At.Date), DateOnly.FromDateTime(state.Appointments[0].At.Date)).Select(a => a with { DisplayName = "Familie K." })],
                [_workshop])]),
            ["workshops of a day"] = Of<IReadOnlyList<Workshop>>([_workshop]),
            ["capacity changed"] = Of(new CapacityChanged("l-1", 10)),
            ["report"] = Of(Report()),
            ["report period"] = Of(ReportPeriod.Parse("2026-Q4")),
        };
        foreach (var command in CommandFor.Names.Select(name => CommandFor.Make(name, state, now)))
        {
            samples[$"command {command.GetType().Name}"] = Of(command);
        }

        var events = care.Events.Concat(OtherPaths()).ToList();
        foreach (var (change, index) in events.Select((e, i) => (e, i)))
        {
            samples[$"event {index} {change.GetType().Name}"] = Of(change);
            samples[$"event {index} {change.GetType().Name} redacted"] = Of(change.Redacted());
        }

        return samples;
    }

    /// <summary>A case in care with something in every list: contact attempts, appointment, feedback, onward referral, overdue flag.</summary>
    private static CaseScript InCare()
    {
        var script = new CaseScript();
        var lotsin = Sample.Lotsin();
        script.Must(Sample.Refer(script.Now));
        script.Must(new Assign(Sample.Id(), Sample.Coordinator, "l-1", OverrideReason.LanguageOfFamily, "Kennt die Familie aus der Kita."));
        script.Must(new Accept(Sample.Id(), lotsin));
        script.Must(new RecordContactAttempt(Sample.Id(), lotsin, false, "Mailbox"));
        script.Must(new ScheduleAppointment(Sample.Id(), lotsin, script.Now.AddDays(2), "Familienkiosk Herne", true));
        script.Must(new SetDisplayName(Sample.Id(), lotsin, "Familie K."));
        script.Must(new SendFeedback(Sample.Id(), lotsin, FeedbackKind.FirstContact, "Erstes Treffen vereinbart."));
        script.Must(new AddPracticeMessage(Sample.Id(), Sample.Practice(), "Bitte auch an die U7 denken."));
        script.Must(new RecordFirstMeeting(Sample.Id(), lotsin));
        script.Must(new RecordActivity(Sample.Id(), lotsin, "Begleitung", "Zum Jugendamt begleitet"));
        script.Must(new ReferOnward(Sample.Id(), lotsin, "offer-1"));
        script.Must(new UpdateOnwardReferral(Sample.Id(), lotsin, script.State.OnwardReferrals[0].Id, OnwardReferralStatus.Contacted));
        script.Must(new ExtendConsent(Sample.Id(), lotsin, "offer-2", "Ayşe Yılmaz", script.Now));
        script.Now = script.Now.AddDays(60);
        script.Must(new MarkOverdue(Sample.Id(), Actor.System, Obligation.Activity, OverdueStage.Reminder, script.Now.AddDays(-1)));
        return script;
    }

    /// <summary>The events of the protocol's other paths: claimed, declined, taken back, withdrawn, reassigned, closed, anonymised.</summary>
    private static IEnumerable<CaseEvent> OtherPaths()
    {
        var claimed = CaseScript.In(CaseStatus.Referred, urgent: true);
        claimed.Must(new Claim(Sample.Id(), Sample.Lotsin("l-2")));
        var declined = CaseScript.In(CaseStatus.Assigned);
        declined.Must(new Decline(Sample.Id(), Sample.Lotsin(), "Urlaub ab morgen"));
        declined.Must(new Assign(Sample.Id(), Sample.Coordinator, "l-2"));
        declined.Must(new Unassign(Sample.Id(), Sample.Coordinator, "Lotsin erkrankt"));
        declined.Must(new Withdraw(Sample.Id(), Sample.Practice(), "Familie zieht weg"));
        var reassigned = CaseScript.In(CaseStatus.InCare);
        reassigned.Must(new Reassign(Sample.Id(), Sample.Coordinator, "l-2", OverrideReason.AgreedWithLotsin));
        reassigned.Must(new Close(Sample.Id(), Sample.Lotsin("l-2"), CaseOutcome.HandedOver, "An die Erziehungsberatung übergeben."));
        reassigned.Must(new Anonymise(Sample.Id(), Actor.System));
        var withdrawn = CaseScript.In(CaseStatus.Accepted);
        withdrawn.Must(new WithdrawConsent(Sample.Id(), Sample.Practice()));
        return [.. claimed.Events, .. declined.Events, .. reassigned.Events, .. withdrawn.Events];
    }

    /// <summary>A protected report of twelve referrals in one district: every kind of cell filled or suppressed.</summary>
    private static ReportView Report() => ReportBuilder.Build(
        Enumerable.Range(0, 12).Select(i => new ReportFact($"f{i}", 2026, 11, "Herne", "Wanne", "Herne", [NeedCategory.Poverty], i == 0)
        {
            MinutesToAssignment = 30 * i,
            Reached = i > 2,
            Outcome = i > 5 ? CaseOutcome.GoalsReached : null,
            Onward = [new OnwardFact("o1", "ParentingCounselling", i % 2 == 0)],
        }),
        ReportPeriod.Parse("2026-Q4"),
        ReportBreakdown.District);

    /// <summary>The network's board, projected from the published (redacted) events of two cases, two Lotsinnen and a practice.</summary>
    private static BoardProjection Board(CaseScript care, CaseScript urgent)
    {
        var board = new BoardProjection(Sample.Network, DeadlinePolicy.Default);
        object[] network =
        [
            new PracticeRegistered(_practice),
            new LotsinRegistered(_lotsin),
            new LotsinRegistered(_other),
            new AvailabilityChanged("l-2", Availability.OnDuty),
            new CaseloadChanged("l-1", 1, 12),
        ];
        var published = network.Select(e => ("network", e))
            .Concat(care.Events.Select(e => ("case-1", (object)e.Redacted())))
            .Concat(urgent.Events.Select(e => ("case-2", (object)e.Redacted())));
        foreach (var ((key, change), position) in published.Select((p, i) => (p, i + 1L)))
        {
            board.Apply(Envelopes.Of(position, key, change, care.Now));
        }

        return board;
    }
}
