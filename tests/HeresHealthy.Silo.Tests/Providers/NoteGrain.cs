
namespace HeresHealthy.Silo.Tests.Providers;

public sealed class NoteGrain([PersistentState("notes")] IPersistentState<NoteState> state) : Grain, INoteGrain
{
    public async Task<int> AddNoteAsync(string note)
    {
        state.State.Notes.Add(note);
        state.State.LastAt = DateTimeOffset.UtcNow;
        await state.WriteStateAsync();
        return state.State.Notes.Count;
    }

    public Task<NoteState> ReadNotesAsync() => Task.FromResult(state.State);

    public Task ForgetAsync() => state.ClearStateAsync();
}
