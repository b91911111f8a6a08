using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Grains.Abstractions.Practices;

/// <summary>A practice (key: its id).</summary>
public interface IPracticeGrain : IGrainWithStringKey
{
    Task<CommandResult> RegisterAsync(PracticeProfile profile);

    Task<PracticeProfile?> GetAsync();
}
