
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.OnwardReferralUpdated")]
public sealed record OnwardReferralUpdated(string CommandId, DateTimeOffset At, [Id(0)] string ReferralId, [Id(1)] OnwardReferralStatus Status) : CaseEvent(CommandId, At);
