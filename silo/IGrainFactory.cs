namespace HeresHealthy.Silo;

/// <summary>Hands out references to grains. A reference is always valid; the grain is activated on its first call.</summary>
public interface IGrainFactory
{
    TGrain GetGrain<TGrain>(string key) where TGrain : IGrain;
}
