namespace HeresHealthy.Grains.Abstractions.Cases.Views;

/// <summary>
/// What a Lotsin sees of a case. An offer (Assigned, or an urgent referral while she is on duty) shows what she needs to
/// decide: district, needs, language, urgency; the family's personal data only once she is responsible.
/// ConsentedHelpOffers: the help offers (directory ids) the family's consent names, to which the Lotsin may pass
/// the family's details (mark an onward referral as contacted).
/// </summary>
public sealed record LotsinCaseView(
    string CaseId,
    CaseStatus Status,
    bool IsResponsible,
    DateTimeOffset ReferredAt,
    bool Urgent,
    string PracticeId,
    string Municipality,
    string District,
    IReadOnlyList<NeedCategory> Needs,
    string? Language,
    FamilyRecord? Family,
    string? ReferralNote,
    IReadOnlyList<ContactAttempt> ContactAttempts,
    IReadOnlyList<Appointment> Appointments,
    IReadOnlyList<Activity> Activities,
    IReadOnlyList<OnwardReferral> OnwardReferrals,
    IReadOnlyList<Feedback> Feedback,
    IReadOnlyList<PracticeMessage> Messages,
    IReadOnlyList<OverdueFlag> Overdue,
    NextDeadline? NextDeadline,
    IReadOnlyList<string> ConsentedHelpOffers);
