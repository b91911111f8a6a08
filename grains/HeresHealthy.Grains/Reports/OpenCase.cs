namespace HeresHealthy.Grains.Reports;

/// <summary>
/// The link from an open case to its report fact, kept only while the case is open (its later events still change the
/// fact) and dropped when it closes, so that a stored fact can no longer be tied to its case.
/// </summary>
public sealed record OpenCase(string FactId, DateTimeOffset ReferredAt);
