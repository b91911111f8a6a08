namespace HeresHealthy.Grains.Abstractions.Cases.Events;

public sealed record CaseReferred(string CommandId, DateTimeOffset At, string CaseId, string PracticeId, string Network, string Municipality, string District, IReadOnlyList<NeedCategory> Needs, bool Urgent, string? Language, Consent Consent, FamilyRecord? Family, string? Note) : CaseEvent(CommandId, At)
{
    public override CaseEvent Redacted() => this with { Consent = Consent with { GivenBy = null }, Family = null, Note = null };
}
