
namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

public interface ILogGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<string>> GetAsync();

    Task AppendAsync(string entry);

    /// <summary>Appends; when another activation wrote first, reads the state again and appends to it.</summary>
    Task<long> AppendRetryingAsync(string entry);
}
