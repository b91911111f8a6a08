using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Grains.Network;

namespace HeresHealthy.Grains.Domain;

/// <summary>Field validation of case commands: the first invalid field, named as the API names it.</summary>
public static class CaseInput
{
    public const int MaxText = 4000;
    public const int MaxName = 200;

    /// <summary>The kiosk's short name for a family, e.g. "Familie K.".</summary>
    public const int MaxDisplayName = 40;

    /// <param name="places">The network's towns and districts (its set-up); the defaults of Herne and Kreis Recklinghausen when not given.</param>
    public static Refusal? Validate(CaseCommand command, DateTimeOffset now, IReadOnlyList<NetworkTown>? places = null) =>
        Text(command.CommandId, "commandId", 100) ?? command switch
        {
            Refer refer => ValidateRefer(refer, now, places ?? NetworkGrain.DefaultPlaces),
            Assign assign => Text(assign.LotsinId, "lotsinId", 100) ?? Override(assign.OverrideReason, assign.OverrideNote),
            Reassign reassign => Text(reassign.LotsinId, "lotsinId", 100) ?? Override(reassign.OverrideReason, reassign.OverrideNote),
            Decline decline => Text(decline.Reason, "reason", 1000),
            Unassign unassign => Text(unassign.Reason, "reason", 1000),
            Withdraw withdraw => Text(withdraw.Reason, "reason", 1000),
            RecordContactAttempt attempt => Optional(attempt.Note, "note", MaxText),
            ScheduleAppointment appointment => Text(appointment.Place, "place", MaxName)
                ?? (appointment.At < now.AddDays(-1) || appointment.At > now.AddYears(1)
                    ? Invalid("at", "Der Termin muss zwischen gestern und in einem Jahr liegen.")
                    : null),
            SendFeedback feedback => feedback.Kind is FeedbackKind.FirstContact or FeedbackKind.Interim
                ? Text(feedback.Text, "text", MaxText)
                : Invalid("kind", "Rückmeldungen der Lotsin sind Erstkontakt (FirstContact) oder Zwischenstand (Interim)."),
            AddPracticeMessage message => Text(message.Text, "text", MaxText),
            RecordActivity activity => Text(activity.Kind, "kind", 100) ?? Optional(activity.Note, "note", MaxText),
            ReferOnward onward => Text(onward.OfferId, "offerId", 100),
            ExtendConsent extend => Text(extend.OfferId, "offerId", 100)
                ?? Text(extend.GivenBy, "givenBy", MaxName)
                ?? (extend.GivenAt > now.AddMinutes(5) ? Invalid("givenAt", "Die Einwilligung kann nicht in der Zukunft erteilt sein.") : null),
            SetDisplayName name => Text(name.DisplayName, "displayName", MaxDisplayName),
            UpdateOnwardReferral update => Text(update.ReferralId, "referralId", 100) ?? Defined(update.Status, "status"),
            Close close => (close.Outcome is CaseOutcome.WithdrawnByPractice or CaseOutcome.ConsentWithdrawn || !Enum.IsDefined(close.Outcome)
                    ? Invalid("outcome", "Abschluss mit GoalsReached, HandedOver, DeclinedByFamily, Unreachable oder MovedAway.")
                    : null)
                ?? Text(close.Feedback, "feedback", MaxText),
            _ => null,
        };

    /// <summary>
    /// A referral's checks all run, so that the form can show every invalid field at once: the refusal names the
    /// first field and carries the others in <see cref="Refusal.Errors"/>.
    /// </summary>
    private static Refusal? ValidateRefer(Refer refer, DateTimeOffset now, IReadOnlyList<NetworkTown> places)
    {
        var family = refer.Family;
        var consent = refer.Consent;
        if (family is null)
        {
            return Invalid("family", "Die Angaben zur Familie fehlen.");
        }

        if (consent is null)
        {
            return Invalid("consent", "Ohne Schweigepflichtentbindung kann nicht vermittelt werden.");
        }

        Refusal?[] checks =
        [
            Text(refer.Network, "network", 100),
            Text(refer.Municipality, "municipality", 100),
            Text(refer.District, "district", 100) ?? Place(refer.Municipality, refer.District, places),
            refer.Needs is not { Count: > 0 } ? Invalid("needs", "Mindestens ein Unterstützungsbedarf ist anzugeben.")
                : refer.Needs.All(Enum.IsDefined) ? null : Invalid("needs", "Unbekannter Unterstützungsbedarf."),
            Text(family.GuardianName, "family.guardianName", MaxName),
            Text(family.ChildFirstName, "family.childFirstName", MaxName),
            family.ChildBirthYear < now.Year - 18 || family.ChildBirthYear > now.Year
                ? Invalid("family.childBirthYear", "Das Geburtsjahr des Kindes muss in den letzten 18 Jahren liegen.")
                : null,
            Phone(family.Phone),
            Optional(family.Address, "family.address", MaxName),
            Optional(family.PreferredLanguage, "family.preferredLanguage", 50),
            Text(consent.GivenBy, "consent.givenBy", MaxName),
            consent.GivenAt > now.AddMinutes(5) ? Invalid("consent.givenAt", "Die Einwilligung kann nicht in der Zukunft erteilt sein.") : null,
            consent.ValidUntil <= now ? Invalid("consent.validUntil", "Die Einwilligung ist abgelaufen.") : null,
            consent.Purposes?.Contains(ConsentPurpose.Referral) == true ? null : Invalid("consent.purposes", "Die Einwilligung muss die Vermittlung (Referral) umfassen."),
            consent.Recipients?.Contains(Consent.Lotsendienst) == true ? null : Invalid("consent.recipients", "Die Einwilligung muss den Lotsendienst als Empfänger nennen."),
            Optional(refer.Note, "note", MaxText),
        ];
        var failed = checks.OfType<Refusal>().ToList();
        return failed.Count == 0
            ? null
            : failed[0] with { Errors = failed.GroupBy(f => f.Field ?? "").ToDictionary(g => g.Key, g => g.First().Message) };
    }

    private static Refusal? Phone(string? phone) =>
        Text(phone, "family.phone", 40)
        ?? (phone is not null && phone.Count(char.IsDigit) >= 6 && phone.All(c => char.IsDigit(c) || c is ' ' or '+' or '-' or '/' or '(' or ')')
            ? null
            : Invalid("family.phone", "Die Telefonnummer braucht mindestens sechs Ziffern und nur + - / ( ) als Zeichen."));

    private static Refusal? Defined<TEnum>(TEnum value, string field) where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? null : Invalid(field, $"Unbekannter Wert {value}.");

    private static Refusal? Text(string? value, string field, int max) =>
        string.IsNullOrWhiteSpace(value) ? Invalid(field, "Das Feld darf nicht leer sein.") : Optional(value, field, max);

    private static Refusal? Optional(string? value, string field, int max) =>
        value is { Length: var length } && length > max ? Invalid(field, $"Höchstens {max} Zeichen.") : null;

    /// <summary>Municipality and district come from the network's pick-list (its places), never as free text.</summary>
    private static Refusal? Place(string municipality, string district, IReadOnlyList<NetworkTown> places) =>
        places.FirstOrDefault(t => t.Municipality == municipality) is not { } town ? Invalid("municipality", "Bitte eine Stadt des Netzwerks aus der Liste wählen.")
            : !town.Districts.Contains(district) ? Invalid("district", $"Bitte einen Stadtteil von {municipality} aus der Liste wählen.")
            : null;

    private static Refusal? Override(OverrideReason? reason, string? note) =>
        reason is { } chosen && !Enum.IsDefined(chosen) ? Invalid("overrideReason", "Unbekannter Grund für die Ausnahme.")
            : reason is null && !string.IsNullOrWhiteSpace(note) ? Invalid("overrideReason", "Eine Anmerkung zur Ausnahme braucht einen Grund aus der Liste.")
            : Optional(note, "overrideNote", 500);

    private static Refusal Invalid(string field, string message) => new(RefusalCode.InvalidInput, message, null, field);
}
