namespace HeresHealthy.Web.Api;

/// <summary>The answer to an accepted command: the case's event sequence, and whether it was a repeat of an earlier id.</summary>
public sealed record CommandResponse(string CaseId, long Sequence, bool Repeated);
