namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

public interface ICycleBGrain : IGrain
{
    Task<string> CallBackAsync(string key);
}
