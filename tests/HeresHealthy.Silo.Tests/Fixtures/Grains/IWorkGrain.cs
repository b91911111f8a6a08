namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

public interface IWorkGrain : IGrain
{
    /// <summary>Works for a while and returns how many calls to this grain were inside it at once, at most.</summary>
    Task<int> WorkAsync(string run);

    /// <summary>Waits until <paramref name="expected"/> calls of the run are inside at once; true if they met.</summary>
    Task<bool> MeetAsync(string run, int expected);
}
