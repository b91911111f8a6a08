namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

public interface ICycleAGrain : IGrain
{
    /// <summary>Calls B, which calls back into this grain: a cycle.</summary>
    Task<string> StartAsync();

    Task<string> PingAsync();
}
