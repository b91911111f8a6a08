using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;

namespace HeresHealthy.Grains.Tests.Cases;

/// <summary>
/// A referral's place comes from its network's places as the admin keeps them: a district the admin added is taken
/// (the decider checked it against the default places once more and refused it), one the network does not have is refused.
/// </summary>
public sealed class NetworkPlaceReferralTests
{
    [Fact]
    public async Task A_referral_from_a_district_the_admin_added_is_taken_and_one_from_an_unknown_district_is_refused()
    {
        await using var node = await ProtocolNode.StartAsync(new MemoryTarget());
        var added = await node.Grains.GetGrain<INetworkGrain>(Sample.Network).AddDistrictAsync(Sample.Id(), "Herne", "Constantin");
        Assert.True(added.Accepted, $"the district was refused: {added.Refusal}");

        var fromNewDistrict = Sample.Id();
        await node.Case(fromNewDistrict).MustAsync(Sample.Refer(Sample.Monday) with { District = "Constantin" });
        var unknown = await node.Case(Sample.Id()).ExecuteAsync(Sample.Refer(Sample.Monday) with { District = "Atlantis" });

        Assert.Equal("Constantin", (await node.StateAsync(fromNewDistrict)).District);
        Assert.False(unknown.Accepted);
        Assert.Equal("district", unknown.Refusal?.Field);
    }
}
