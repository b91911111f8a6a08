using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Lotsinnen;

namespace HeresHealthy.Web.Api;

/// <summary>A practice's referral form. The practice and network come from the signed-in user.</summary>
public sealed record ReferralRequest(
    string? CommandId,
    string? Municipality,
    string? District,
    NeedCategory[]? Needs,
    bool FamilyPresentNow,
    string? Note,
    FamilyRecord? Family,
    ConsentRequest? Consent);

/// <summary>The consent as the form records it: the guardian, when, whether feedback to the practice is allowed, until when.</summary>
public sealed record ConsentRequest(string? GivenBy, DateTimeOffset? GivenAt, bool FeedbackToPractice, DateTimeOffset? ValidUntil, string[]? NamedHelpOffers);

public sealed record ReasonRequest(string? CommandId, string? Reason);

public sealed record TextRequest(string? CommandId, string? Text);

public sealed record CommandRequest(string? CommandId);

public sealed record ContactAttemptRequest(string? CommandId, bool Reached, string? Note);

public sealed record AppointmentRequest(string? CommandId, DateTimeOffset? At, string? Place, bool AtKiosk);

public sealed record FeedbackRequest(string? CommandId, FeedbackKind Kind, string? Text);

public sealed record ActivityRequest(string? CommandId, string? Kind, string? Note);

public sealed record OnwardReferralRequest(string? CommandId, string? OfferId);

public sealed record OnwardReferralUpdateRequest(string? CommandId, OnwardReferralStatus Status);

public sealed record ClosingRequest(string? CommandId, CaseOutcome Outcome, string? Feedback);

public sealed record AssignmentRequest(string? CommandId, string? LotsinId, string? OverrideReason);

public sealed record AvailabilityRequest(string? CommandId, Availability Availability);

public sealed record SignInRequest(string? UserName, string? Password);
