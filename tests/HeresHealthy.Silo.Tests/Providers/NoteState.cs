namespace HeresHealthy.Silo.Tests.Providers;

/// <summary>The stored state of <see cref="NoteGrain"/>.</summary>
[GenerateSerializer]
[Alias("HeresHealthy.Silo.Tests.NoteState")]
public sealed class NoteState
{
    [Id(0)]
    public List<string> Notes { get; set; } = [];

    [Id(1)]
    public DateTimeOffset? LastAt { get; set; }
}
