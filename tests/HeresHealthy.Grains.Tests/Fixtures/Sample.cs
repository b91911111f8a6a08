using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Tests.Fixtures;

/// <summary>Valid commands and actors of one small network, for tests.</summary>
public static class Sample
{
    public const string Network = "here";

    public static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static Actor Practice(string id = "p-1") => new(ActorRole.Practice, id, Network);

    public static Actor Lotsin(string id = "l-1") => new(ActorRole.Lotsin, id, Network);

    public static Actor Coordinator { get; } = new(ActorRole.Coordinator, "k-1", Network);

    public static FamilyRecord Family(string guardian = "Ayşe Yılmaz", string child = "Emir", string phone = "0176 1234567") =>
        new(guardian, child, 2024, phone, "Bahnhofstraße 12, 44623 Herne", "tr", true);

    /// <summary>The family's consent; unless told otherwise it names the help offer <c>offer-1</c> besides the Lotsendienst.</summary>
    public static Consent Consent(DateTimeOffset now, bool feedback = true, string[]? offers = null) => new(
        "Ayşe Yılmaz",
        now.AddMinutes(-5),
        [Abstractions.Cases.Consent.Lotsendienst, .. offers ?? ["offer-1"]],
        feedback ? [ConsentPurpose.Referral, ConsentPurpose.FeedbackToPractice] : [ConsentPurpose.Referral],
        now.AddYears(1));

    public static Refer Refer(DateTimeOffset now, string practice = "p-1", bool urgent = false, FamilyRecord? family = null, bool feedbackConsent = true) => new(
        Id(),
        Practice(practice),
        Network,
        "Herne",
        "Wanne",
        [NeedCategory.Language, NeedCategory.MissedCheckUps],
        family ?? Family(),
        Consent(now, feedbackConsent),
        urgent,
        "Mutter wirkt erschöpft, U6 versäumt.");

    public static string Id() => Guid.NewGuid().ToString("N");
}
