
namespace HeresHealthy.Grains.Tests.Fixtures;

/// <summary>Lets the next releases of a Lotsin's capacity fail, as if the silo died between a case's commit and the release.</summary>
public sealed class FailingRelease(int times) : IIncomingGrainCallFilter
{
    private int _remaining = times;

    public int Failed { get; private set; }

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.TargetId.Type.ToString() == "lotsin" && context.InterfaceMethod.Name == "ReleaseAsync" && Interlocked.Decrement(ref _remaining) >= 0)
        {
            Failed++;
            throw new IOException("The node died before the release.");
        }

        await context.Invoke();
    }
}
