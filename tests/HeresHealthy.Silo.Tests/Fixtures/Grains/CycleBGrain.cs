namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

public sealed class CycleBGrain : Grain, ICycleBGrain
{
    public Task<string> CallBackAsync(string key) => GrainFactory.GetGrain<ICycleAGrain>(key).PingAsync();
}
