namespace HeresHealthy.Silo;

/// <summary>A conditional state write found another version than the one it read: someone else wrote first.</summary>
public sealed class InconsistentStateException(StateId grain, long expectedVersion)
    : Exception($"The state of grain {grain} changed since version {expectedVersion} was read; nothing was written, and the grain reloads its state.")
{
    public StateId Grain { get; } = grain;

    public long ExpectedVersion { get; } = expectedVersion;
}
