using Orleans.Runtime;

namespace HeresHealthy.Silo.Tests.Providers;

// Orleans.Grain by its full name: in HeresHealthy.Silo.* the first runtime's Grain still wins until it is deleted.
public sealed class NoteGrain([PersistentState("notes")] IPersistentState<NoteState> state) : global::Orleans.Grain, INoteGrain
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
