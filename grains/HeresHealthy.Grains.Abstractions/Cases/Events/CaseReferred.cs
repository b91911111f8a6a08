
namespace HeresHealthy.Grains.Abstractions.Cases.Events;

[GenerateSerializer]
[Alias("HeresHealthy.Grains.Abstractions.Cases.Events.CaseReferred")]
public sealed record CaseReferred(string CommandId, DateTimeOffset At, [Id(0)] string CaseId, [Id(1)] string PracticeId, [Id(2)] string Network, [Id(3)] string Municipality, [Id(4)] string District, [Id(5)] IReadOnlyList<NeedCategory> Needs, [Id(6)] bool Urgent, [Id(7)] string? Language, [Id(8)] Consent Consent, [Id(9)] FamilyRecord? Family, [Id(10)] string? Note, [Id(11)] string? Reference = null) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Consent = Consent with { GivenBy = null }, Family = null, Note = null };
}
