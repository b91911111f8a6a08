
namespace HeresHealthy.Grains.Abstractions.Cases.Views;

/// <summary>
/// What a Lotsin sees of a case. An offer (Assigned, or an urgent referral while she is on duty) shows what she needs to
/// decide: district, needs, language, urgency; the family's personal data only once she is responsible.
/// PracticeName and PracticePhone: the referring practice, so that she can call it back (above all while the family is
/// still there); from the practice's profile, filled in by the case grain.
/// ConsentedHelpOffers: the help offers (directory ids) the family's consent names, to which the Lotsin may pass
/// the family's details (mark an onward referral as contacted).
/// </summary>
[GenerateSerializer]
[Immutable] // built fresh for each answer and never changed after: Orleans need not copy it
[Alias("HeresHealthy.Grains.Abstractions.Cases.Views.LotsinCaseView")]
public sealed record LotsinCaseView(
    [Id(0)] string CaseId,
    [Id(1)] CaseStatus Status,
    [Id(2)] bool IsResponsible,
    [Id(3)] DateTimeOffset ReferredAt,
    [Id(4)] bool Urgent,
    [Id(5)] string PracticeId,
    [Id(6)] string Municipality,
    [Id(7)] string District,
    [Id(8)] IReadOnlyList<NeedCategory> Needs,
    [Id(9)] string? Language,
    [Id(10)] FamilyRecord? Family,
    [Id(11)] string? ReferralNote,
    [Id(12)] IReadOnlyList<ContactAttempt> ContactAttempts,
    [Id(13)] IReadOnlyList<Appointment> Appointments,
    [Id(14)] IReadOnlyList<Activity> Activities,
    [Id(15)] IReadOnlyList<OnwardReferral> OnwardReferrals,
    [Id(16)] IReadOnlyList<Feedback> Feedback,
    [Id(17)] IReadOnlyList<PracticeMessage> Messages,
    [Id(18)] IReadOnlyList<OverdueFlag> Overdue,
    [Id(19)] NextDeadline? NextDeadline,
    [Id(20)] IReadOnlyList<string> ConsentedHelpOffers,
    [Id(21)] string? DisplayName = null,
    [Id(22)] string? Reference = null,
    [Id(23)] string? PracticeName = null,
    [Id(24)] string? PracticePhone = null);
