namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>
/// The personal data of a referral. It lives only in the case's state, never in an event, and is erased
/// when consent is withdrawn or the case is anonymised.
/// </summary>
public sealed record FamilyRecord(
    string GuardianName,
    string ChildFirstName,
    int ChildBirthYear,
    string Phone,
    string? Address,
    string? PreferredLanguage,
    bool MayCallWhileInPractice);
