using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Grains.Domain;

/// <summary>
/// Everything a case knows, evolved from its events. Personal fields (family, texts, notes, places) are erased in
/// place when consent is withdrawn or the retention period of a closed case runs out; the anonymous facts stay for the
/// reports.
/// </summary>
public sealed record CaseState
{
    public string CaseId { get; init; } = "";

    public CaseStatus Status { get; init; }

    public CaseOutcome? Outcome { get; init; }

    public string PracticeId { get; init; } = "";

    public string Network { get; init; } = "";

    public string Municipality { get; init; } = "";

    public string District { get; init; } = "";

    public IReadOnlyList<NeedCategory> Needs { get; init; } = [];

    public bool Urgent { get; init; }

    public string? Language { get; init; }

    public Consent? Consent { get; init; }

    /// <summary>Help offers the family consented to after the referral; each is also among the consent's recipients.</summary>
    public IReadOnlyList<ConsentExtension> ConsentExtensions { get; init; } = [];

    public FamilyRecord? Family { get; init; }

    public string? ReferralNote { get; init; }

    public DateTimeOffset ReferredAt { get; init; }

    /// <summary>When the case entered its current status.</summary>
    public DateTimeOffset StatusSince { get; init; }

    public string? LotsinId { get; init; }

    public string? LotsinName { get; init; }

    public DateTimeOffset? AcceptedAt { get; init; }

    public DateTimeOffset? FirstMeetingAt { get; init; }

    public DateTimeOffset? LastActivityAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public IReadOnlyList<ContactAttempt> ContactAttempts { get; init; } = [];

    public IReadOnlyList<Appointment> Appointments { get; init; } = [];

    public IReadOnlyList<Activity> Activities { get; init; } = [];

    public IReadOnlyList<OnwardReferral> OnwardReferrals { get; init; } = [];

    public IReadOnlyList<Feedback> Feedback { get; init; } = [];

    public IReadOnlyList<PracticeMessage> Messages { get; init; } = [];

    public IReadOnlyList<OverdueFlag> Overdue { get; init; } = [];

    public IReadOnlyList<CoordinatorOverride> Overrides { get; init; } = [];

    public IReadOnlyList<string> DeclinedBy { get; init; } = [];

    public bool Erased { get; init; }

    /// <summary>When the retention period ran out and the case was anonymised.</summary>
    public DateTimeOffset? AnonymisedAt { get; init; }

    public bool IsOpen => Status is CaseStatus.Referred or CaseStatus.Assigned or CaseStatus.Accepted or CaseStatus.InCare;

    public bool HasResponsibleLotsin => Status is CaseStatus.Accepted or CaseStatus.InCare;

    public int FailedAttempts => ContactAttempts.Count(a => !a.Reached);
}
