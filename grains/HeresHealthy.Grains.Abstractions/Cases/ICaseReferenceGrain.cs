namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>
/// Hands out the readable case references of one network (key: the network id), e.g. <c>HH-2026-0142</c>: counted per
/// year, persisted, never the same number twice (an allocation whose referral is then refused leaves a gap).
/// </summary>
[Alias("HeresHealthy.Grains.Abstractions.Cases.ICaseReferenceGrain")]
public interface ICaseReferenceGrain : IGrainWithStringKey
{
    /// <summary>The next reference of <paramref name="year"/> in this network.</summary>
    [Alias("NextAsync")]
    Task<string> NextAsync(int year);
}
