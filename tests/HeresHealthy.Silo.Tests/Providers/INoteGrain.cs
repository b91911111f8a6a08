namespace HeresHealthy.Silo.Tests.Providers;

/// <summary>A small persistent grain for the storage provider tests: it keeps notes, and can forget them.</summary>
[Alias("HeresHealthy.Silo.Tests.INoteGrain")]
public interface INoteGrain : IGrainWithStringKey
{
    [Alias("AddNote")]
    Task<int> AddNoteAsync(string note);

    [Alias("ReadNotes")]
    Task<NoteState> ReadNotesAsync();

    [Alias("Forget")]
    Task ForgetAsync();
}
