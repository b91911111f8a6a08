using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Grains.Domain;

/// <summary>
/// Everything a case knows, evolved from its events. Personal fields (family, texts, notes, places) are erased in
/// place when consent is withdrawn or the retention period of a closed case runs out; the anonymous facts stay for the
/// reports.
/// </summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Domain.CaseState")]
public sealed record CaseState
{
    [Id(0)]
    public string CaseId { get; init; } = "";

    [Id(1)]
    public CaseStatus Status { get; init; }

    [Id(2)]
    public CaseOutcome? Outcome { get; init; }

    [Id(3)]
    public string PracticeId { get; init; } = "";

    [Id(4)]
    public string Network { get; init; } = "";

    [Id(5)]
    public string Municipality { get; init; } = "";

    [Id(6)]
    public string District { get; init; } = "";

    [Id(7)]
    public IReadOnlyList<NeedCategory> Needs { get; init; } = [];

    [Id(8)]
    public bool Urgent { get; init; }

    [Id(9)]
    public string? Language { get; init; }

    [Id(10)]
    public Consent? Consent { get; init; }

    /// <summary>Help offers the family consented to after the referral; each is also among the consent's recipients.</summary>
    [Id(11)]
    public IReadOnlyList<ConsentExtension> ConsentExtensions { get; init; } = [];

    [Id(12)]
    public FamilyRecord? Family { get; init; }

    [Id(13)]
    public string? ReferralNote { get; init; }

    [Id(14)]
    public DateTimeOffset ReferredAt { get; init; }

    /// <summary>When the case entered its current status.</summary>
    [Id(15)]
    public DateTimeOffset StatusSince { get; init; }

    [Id(16)]
    public string? LotsinId { get; init; }

    [Id(17)]
    public string? LotsinName { get; init; }

    [Id(18)]
    public DateTimeOffset? AcceptedAt { get; init; }

    [Id(19)]
    public DateTimeOffset? FirstMeetingAt { get; init; }

    [Id(20)]
    public DateTimeOffset? LastActivityAt { get; init; }

    [Id(21)]
    public DateTimeOffset? ClosedAt { get; init; }

    [Id(22)]
    public IReadOnlyList<ContactAttempt> ContactAttempts { get; init; } = [];

    [Id(23)]
    public IReadOnlyList<Appointment> Appointments { get; init; } = [];

    [Id(24)]
    public IReadOnlyList<Activity> Activities { get; init; } = [];

    [Id(25)]
    public IReadOnlyList<OnwardReferral> OnwardReferrals { get; init; } = [];

    [Id(26)]
    public IReadOnlyList<Feedback> Feedback { get; init; } = [];

    [Id(27)]
    public IReadOnlyList<PracticeMessage> Messages { get; init; } = [];

    [Id(28)]
    public IReadOnlyList<OverdueFlag> Overdue { get; init; } = [];

    [Id(29)]
    public IReadOnlyList<CoordinatorOverride> Overrides { get; init; } = [];

    [Id(30)]
    public IReadOnlyList<string> DeclinedBy { get; init; } = [];

    [Id(31)]
    public bool Erased { get; init; }

    /// <summary>When the retention period ran out and the case was anonymised.</summary>
    [Id(32)]
    public DateTimeOffset? AnonymisedAt { get; init; }

    /// <summary>How the Familienkiosk greets the family (e.g. "Familie K."), chosen by the Lotsin; personal, erased with the case.</summary>
    [Id(33)]
    public string? DisplayName { get; init; }

    /// <summary>The readable reference (<c>HH-2026-0142</c>); null only for a case referred before references existed, until it is next loaded.</summary>
    [Id(34)]
    public string? Reference { get; init; }

    public bool IsOpen => Status is CaseStatus.Referred or CaseStatus.Assigned or CaseStatus.Accepted or CaseStatus.InCare;

    public bool HasResponsibleLotsin => Status is CaseStatus.Accepted or CaseStatus.InCare;

    public int FailedAttempts => ContactAttempts.Count(a => !a.Reached);
}
