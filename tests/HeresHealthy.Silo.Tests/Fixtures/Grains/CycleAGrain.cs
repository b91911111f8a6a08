namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

public sealed class CycleAGrain : Grain, ICycleAGrain
{
    public Task<string> StartAsync() => GrainFactory.GetGrain<ICycleBGrain>(Key).CallBackAsync(Key);

    public Task<string> PingAsync() => Task.FromResult("pong");
}
