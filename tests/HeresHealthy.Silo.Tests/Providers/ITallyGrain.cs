
namespace HeresHealthy.Silo.Tests.Providers;

/// <summary>A grain whose changes are published: each addition raises a TallyAdded event into the outbox.</summary>
[Alias("HeresHealthy.Silo.Tests.ITallyGrain")]
public interface ITallyGrain : IGrainWithStringKey
{
    /// <summary>Adds; returns the grain's event sequence after the write.</summary>
    [Alias("Add")]
    Task<long> AddAsync(int amount);

    [Alias("Total")]
    Task<int> TotalAsync();
}
