namespace HeresHealthy.Web.Api.Admin;

/// <summary>
/// One row of an imported file: its line (the header is line 1), its name, every problem by column, and once imported
/// its id, and the account made for it with its first password (shown this once; not when the row was imported before).
/// </summary>
public sealed record ImportRow(int Line, string Name, IReadOnlyDictionary<string, string> Problems)
{
    public string? Id { get; init; }

    public string? UserName { get; init; }

    public string? FirstPassword { get; init; }

    public bool Repeated { get; init; }
}

/// <summary>What an import did: a dry run or a file with problems changes nothing; otherwise every row was imported.</summary>
public sealed record ImportReport(bool DryRun, bool Imported, IReadOnlyList<ImportRow> Rows)
{
    public int Invalid => Rows.Count(r => r.Problems.Count > 0);
}
