
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.OnwardReferralMade")]
public sealed record OnwardReferralMade(string CommandId, DateTimeOffset At, [Id(0)] string ReferralId, [Id(1)] string OfferId, [Id(2)] string OfferKind) : CaseEvent(CommandId, At);
