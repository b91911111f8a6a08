namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

public interface ILogGrain : IGrain
{
    Task<IReadOnlyList<string>> GetAsync();

    Task AppendAsync(string entry);

    /// <summary>Reads its state, waits for the named gate to open, then appends: lets a test interleave two nodes.</summary>
    Task AppendAfterGateAsync(string entry, string gate);

    Task<int> ActivationsAsync();
}
