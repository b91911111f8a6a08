
namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>Feedback to the practice (Rückmeldung).</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.FeedbackKind")]
public enum FeedbackKind
{
    Receipt,
    Takeover,
    FirstContact,
    Interim,
    Closing,
}
