namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record ReferralWithdrawn(string CommandId, DateTimeOffset At, string? Reason) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Reason = null };
}
