using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Grains.Tests.Fixtures;

namespace HeresHealthy.Grains.Tests.Properties;

/// <summary>Turns generated steps into commands of several practices, Lotsinnen and a coordinator.</summary>
public static class ProtocolModel
{
    public const int Cases = 4;
    public const int Kinds = 22;
    public static readonly string[] Lotsinnen = ["l-1", "l-2", "l-3"];

    public static string KindName(int kind) => kind switch
    {
        0 or 1 => "Refer",
        2 => "Assign",
        3 => "AssignWithOverride",
        4 => "ConcurrentClaims",
        5 => "Accept",
        6 => "Decline",
        7 => "Unassign",
        8 => "Withdraw",
        9 => "RecordContactAttempt",
        10 => "SendFeedback",
        11 => "RecordFirstMeeting",
        12 => "Reassign",
        13 => "RecordActivity",
        14 => "ReferOnward",
        15 => "Close",
        16 => "WithdrawConsent",
        17 => "SetAvailability",
        18 => "AddPracticeMessage",
        20 => "UpdateOnwardReferral",
        21 => "ExtendConsent",
        _ => "RepeatLastCommand",
    };

    public static Actor LotsinActor(string prefix, int who) => Sample.Lotsin($"{prefix}{Lotsinnen[who % Lotsinnen.Length]}");

    /// <summary>The command of a step on a case in <paramref name="state"/>.</summary>
    public static CaseCommand Command(GeneratedStep step, string prefix, CaseState state, DateTimeOffset now)
    {
        var responsible = state.LotsinId;
        var id = Sample.Id();
        var practice = Sample.Practice(step.Who % 3 == 2 ? "p-2" : "p-1");
        var lotsin = step.Who % 4 == 3 || responsible is null ? LotsinActor(prefix, step.Who) : Sample.Lotsin(responsible);
        var target = $"{prefix}{Lotsinnen[step.Variant % Lotsinnen.Length]}";
        return step.Kind switch
        {
            0 or 1 => Sample.Refer(now, practice.Id, urgent: step.Variant % 2 == 0, family: Sample.Family($"Guardian{prefix}", $"Child{prefix}", "0201 555555"))
                with { Consent = Sample.Consent(now, feedback: step.Variant % 3 != 0, offers: step.Variant % 5 < 2 ? [] : ["offer-1"]) },
            2 => new Assign(id, Sample.Coordinator, target),
            3 => new Assign(id, Sample.Coordinator, target, OverrideReason.UrgentNoOtherAvailable, step.Variant % 2 == 0 ? null : "Vertretung"),
            5 => new Accept(id, lotsin),
            6 => new Decline(id, lotsin, "keine Zeit"),
            7 => new Unassign(id, Sample.Coordinator, "abwesend"),
            8 => new Withdraw(id, practice, "Familie lehnt ab"),
            9 => new RecordContactAttempt(id, lotsin, step.Variant % 3 == 0, "Notiz"),
            10 => new SendFeedback(id, lotsin, step.Variant % 2 == 0 ? FeedbackKind.FirstContact : FeedbackKind.Interim, "Rückmeldung"),
            11 => new RecordFirstMeeting(id, lotsin),
            12 => new Reassign(id, Sample.Coordinator, target, step.Variant % 2 == 0 ? null : OverrideReason.Other),
            13 => new RecordActivity(id, lotsin, "Begleitung", "intern"),
            14 => new ReferOnward(id, lotsin, "offer-1"),
            15 => new Close(id, lotsin, (CaseOutcome)(step.Variant % 5), "Abschlussrückmeldung"),
            16 => new WithdrawConsent(id, step.Who % 2 == 0 ? practice : Sample.Coordinator),
            20 => new UpdateOnwardReferral(id, lotsin, state.OnwardReferrals is [.., var last] ? last.Id : "none", (OnwardReferralStatus)(step.Variant % 3)),
            21 => new ExtendConsent(id, lotsin, step.Variant % 2 == 0 ? "offer-1" : "offer-unknown", "Erziehungsberechtigte", now.AddMinutes(-step.Variant)),
            _ => new AddPracticeMessage(id, practice, "Nachricht"),
        };
    }
}
