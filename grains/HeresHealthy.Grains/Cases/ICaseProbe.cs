using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains.Cases;

/// <summary>The whole state of a case, for the grains' own tests and reports; not part of the contracts the web sees.</summary>
public interface ICaseProbe : IGrainWithStringKey
{
    Task<CaseState> GetStateAsync();
}
