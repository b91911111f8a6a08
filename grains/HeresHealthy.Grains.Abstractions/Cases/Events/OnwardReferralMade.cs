namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record OnwardReferralMade(string CommandId, DateTimeOffset At, string ReferralId, string OfferId, string OfferKind) : CaseEvent(CommandId, At);
