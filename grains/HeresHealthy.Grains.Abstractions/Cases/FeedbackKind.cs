namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>Feedback to the practice (Rückmeldung).</summary>
public enum FeedbackKind
{
    Receipt,
    Takeover,
    FirstContact,
    Interim,
    Closing,
}
