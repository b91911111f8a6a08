namespace HeresHealthy.Grains.Reports;

/// <summary>One onward referral of a report fact: the kind of help offer and whether the family took it up (attended).</summary>
public sealed record OnwardFact(string ReferralId, string Kind, bool TakenUp);
