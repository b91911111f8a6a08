namespace HeresHealthy.Silo.Storage;

/// <summary>
/// Which audit rows to read, newest first: by case, by actor, within [From, To), and a page of at most
/// <see cref="Limit"/> rows with sequence below <see cref="BeforeSequence"/> (the last sequence of the previous page).
/// </summary>
public sealed record AuditFilter(
    string? CaseId = null,
    string? Actor = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    long? BeforeSequence = null,
    int Limit = 100)
{
    public const int MaxLimit = 500;

    public int PageSize => Math.Clamp(Limit, 1, MaxLimit);

    public bool Matches(AuditRecord record) =>
        (CaseId is null || record.CaseId == CaseId)
        && (Actor is null || record.Actor == Actor)
        && (From is null || record.Time >= From)
        && (To is null || record.Time < To)
        && (BeforeSequence is null || record.Sequence < BeforeSequence);
}
