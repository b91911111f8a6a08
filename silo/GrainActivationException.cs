namespace HeresHealthy.Silo;

/// <summary>A grain could not be activated, for example because its stored state cannot be read.</summary>
public sealed class GrainActivationException(GrainId grain, Exception inner)
    : Exception($"Grain {grain} could not be activated: {inner.Message}", inner)
{
    public GrainId Grain { get; } = grain;
}
