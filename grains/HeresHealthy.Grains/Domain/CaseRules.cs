using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Network;

namespace HeresHealthy.Grains.Domain;

/// <summary>
/// Whether a command may change a case now: valid input, a party of the case, allowed in the current state,
/// issued by the role the protocol names, and the protocol's own conditions. The first failed check is the refusal.
/// </summary>
public static class CaseRules
{
    /// <param name="places">The network's towns and districts, which a referral's place must come from (defaults when not given).</param>
    public static Refusal? Check(CaseState state, CaseCommand command, DateTimeOffset now, IReadOnlyList<NetworkTown>? places = null)
    {
        var name = command.GetType().Name;
        return CaseInput.Validate(command, now, places)
            ?? Party(state, command)
            ?? (CaseTransitions.Find(state.Status, name) is null ? WrongState(state, name) : null)
            ?? Role(state, command)
            ?? Conditions(state, command, now);
    }

    /// <summary>Whether the command's actor is a party of the case (its practice, its Lotsin, its network's coordinator).</summary>
    public static bool IsParty(CaseState state, CaseCommand command) => Party(state, command) is null;

    /// <summary>Outsiders learn nothing about a case, not even its state.</summary>
    private static Refusal? Party(CaseState state, CaseCommand command)
    {
        if (state.Status == CaseStatus.None)
        {
            return command is Refer ? null : new Refusal(RefusalCode.NotFound, "Diesen Fall gibt es nicht.");
        }

        var actor = command.Actor;
        var isParty = actor.Role switch
        {
            ActorRole.System => true,
            ActorRole.Practice => actor.Id == state.PracticeId,
            ActorRole.Coordinator => actor.Network == state.Network,
            ActorRole.Lotsin => actor.Id == state.LotsinId || (actor.Network == state.Network && state.Urgent && command is Claim),
            _ => false,
        };
        return isParty ? null : new Refusal(RefusalCode.NotFound, "Diesen Fall gibt es nicht.");
    }

    private static Refusal? Role(CaseState state, CaseCommand command)
    {
        var actor = command.Actor;
        var allowed = command switch
        {
            Refer => actor.Role == ActorRole.Practice,
            Assign or Unassign or Reassign => actor.Role == ActorRole.Coordinator,
            Claim => actor.Role == ActorRole.Lotsin,
            Accept or Decline => actor.Role == ActorRole.Lotsin && actor.Id == state.LotsinId,
            Withdraw or AddPracticeMessage => actor.Role == ActorRole.Practice,
            WithdrawConsent => actor.Role is ActorRole.Practice or ActorRole.Coordinator
                || (actor.Role == ActorRole.Lotsin && state.HasResponsibleLotsin && actor.Id == state.LotsinId),
            MarkOverdue or Anonymise => actor.Role == ActorRole.System,
            _ => actor.Role == ActorRole.Lotsin && state.HasResponsibleLotsin && actor.Id == state.LotsinId,
        };
        return allowed
            ? null
            : new Refusal(RefusalCode.NotPermitted, $"{GermanWords.Role(actor.Role)} darf „{GermanWords.Command(command.GetType().Name)}“ für diesen Fall nicht ausführen.", state.Status.ToString());
    }

    private static Refusal? Conditions(CaseState state, CaseCommand command, DateTimeOffset now) => command switch
    {
        Claim when !state.Urgent =>
            new Refusal(RefusalCode.InvalidState, "Nur dringende Vermittlungen (Familie noch in der Praxis) können übernommen werden.", state.Status.ToString()),
        Reassign reassign when reassign.LotsinId == state.LotsinId =>
            new Refusal(RefusalCode.InvalidInput, "Der Fall liegt schon bei dieser Lotsin.", state.Status.ToString(), "lotsinId"),
        SendFeedback when state.Consent?.Covers(ConsentPurpose.FeedbackToPractice, now) != true =>
            new Refusal(RefusalCode.NoConsent, "Für Rückmeldungen an die Praxis liegt keine gültige Einwilligung vor.", state.Status.ToString()),
        Close { Outcome: CaseOutcome.Unreachable } when state.FailedAttempts < 3 =>
            new Refusal(RefusalCode.InvalidState, $"„Nicht erreichbar“ braucht mindestens drei erfolglose Kontaktversuche; bisher {state.FailedAttempts}.", state.Status.ToString()),
        UpdateOnwardReferral update when state.OnwardReferrals.All(r => r.Id != update.ReferralId) =>
            new Refusal(RefusalCode.NotFound, "Diese Weitervermittlung gibt es in diesem Fall nicht.", state.Status.ToString(), "referralId"),
        UpdateOnwardReferral { Status: OnwardReferralStatus.Contacted } update when ContactWithoutConsent(state, update.ReferralId, now) is { } refusal =>
            refusal,
        ExtendConsent when state.Consent?.Covers(ConsentPurpose.Referral, now) != true =>
            new Refusal(RefusalCode.NoConsent, "Die Einwilligung der Familie gilt nicht mehr; sie kann nicht erweitert werden.", state.Status.ToString()),
        ExtendConsent extend when state.Consent?.Recipients.Contains(extend.OfferId) == true =>
            new Refusal(RefusalCode.InvalidInput, "Die Einwilligung der Familie nennt dieses Hilfeangebot schon.", state.Status.ToString(), "offerId"),
        MarkOverdue overdue when state.Overdue.Any(f => f.Obligation == overdue.Obligation && f.Stage == overdue.Stage && f.DueAt == overdue.DueAt) =>
            new Refusal(RefusalCode.InvalidState, "Diese Frist ist schon als überfällig markiert.", state.Status.ToString()),
        MarkOverdue overdue when !Deadlines.OpenObligations(state).Contains(overdue.Obligation) =>
            new Refusal(RefusalCode.InvalidState, "Diese Pflicht ist bereits erfüllt.", state.Status.ToString()),
        Anonymise when state.AnonymisedAt is not null =>
            new Refusal(RefusalCode.InvalidState, "Dieser Fall ist bereits anonymisiert.", state.Status.ToString()),
        _ => null,
    };

    /// <summary>
    /// Suggesting a help offer to the family needs no consent for it; contacting the offer passes the family's details on,
    /// so the consent must name that offer (by its directory id) and still hold.
    /// </summary>
    private static Refusal? ContactWithoutConsent(CaseState state, string referralId, DateTimeOffset now)
    {
        var offerId = state.OnwardReferrals.First(r => r.Id == referralId).OfferId;
        var message = state.Consent switch
        {
            { } consent when consent.Releases(offerId, now) => null,
            { } consent when !consent.Covers(ConsentPurpose.Referral, now) =>
                "Die Einwilligung der Familie gilt nicht mehr; ihre Daten dürfen nicht an das Hilfeangebot gehen.",
            _ => "Die Einwilligung der Familie nennt dieses Hilfeangebot nicht: Es darf ihr vorgeschlagen, ihre Daten dürfen aber nicht an das Angebot weitergegeben werden.",
        };
        return message is null ? null : new Refusal(RefusalCode.NoConsent, message, state.Status.ToString());
    }

    private static Refusal WrongState(CaseState state, string command)
    {
        var allowedIn = string.Join(" oder ", CaseTransitions.StatesAllowing(command).Select(s => $"„{GermanWords.Status(s)}“"));
        return new Refusal(
            RefusalCode.InvalidState,
            $"Der Fall ist „{GermanWords.Status(state.Status)}“; „{GermanWords.Command(command)}“ geht nur, wenn er {allowedIn} ist.",
            state.Status.ToString());
    }
}
