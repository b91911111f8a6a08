
namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>
/// The personal data of a referral. It lives only in the case's state, never in an event, and is erased
/// when consent is withdrawn or the case is anonymised.
/// </summary>
[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.FamilyRecord")]
public sealed record FamilyRecord(
    [Id(0)] string GuardianName,
    [Id(1)] string ChildFirstName,
    [Id(2)] int ChildBirthYear,
    [Id(3)] string Phone,
    [Id(4)] string? Address,
    [Id(5)] string? PreferredLanguage,
    [Id(6)] bool MayCallWhileInPractice);
