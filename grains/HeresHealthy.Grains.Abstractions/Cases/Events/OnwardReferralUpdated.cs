namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record OnwardReferralUpdated(string CommandId, DateTimeOffset At, string ReferralId, OnwardReferralStatus Status) : CaseEvent(CommandId, At);
