using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Grains.Abstractions.Practices;
using HeresHealthy.Grains.Tests.Fixtures;
using HeresHealthy.Testing;

namespace HeresHealthy.Grains.Tests.Network;

/// <summary>An admin's set-up of a network: practices, Lotsinnen and places checked against the network, ids allocated, nothing taken from another network.</summary>
public abstract class NetworkSetupTests<TTarget> where TTarget : StorageTarget, new()
{
    private readonly TTarget _target = new();

    private static PracticeProfile Practice(string name = "Kinderarztpraxis Dr. Müller", string town = "Herne", string district = "Wanne", string? phone = "02323 123456") =>
        new("", name, "", town, district, phone, "Bahnhofstr. 1\n44623 Herne");

    [Fact]
    public async Task A_new_practice_gets_a_readable_id_from_its_name_is_listed_and_a_repeated_command_counts_once()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        var network = node.Grains.GetGrain<INetworkGrain>(Sample.Id());

        var saved = await network.SavePracticeAsync("c-1", Practice());
        var repeated = await network.SavePracticeAsync("c-1", Practice());
        var namesake = await network.SavePracticeAsync("c-2", Practice(district: "Eickel"));

        Assert.Equal(("kinderarztpraxis-dr-mueller", false), (saved.Id, saved.Result.Repeated));
        Assert.Equal(("kinderarztpraxis-dr-mueller", true), (repeated.Id, repeated.Result.Repeated));
        Assert.Equal("kinderarztpraxis-dr-mueller-2", namesake.Id);
        var setup = await network.GetSetupAsync();
        Assert.Equal(["Wanne", "Eickel"], setup.Practices.Select(p => p.District).Order().Reverse());
        Assert.All(setup.Practices, p => Assert.Equal(network.GetPrimaryKeyString(), p.Network));
    }

    [Fact]
    public async Task A_practice_outside_the_networks_places_or_with_a_wrong_phone_is_refused_naming_every_field_and_nothing_is_listed()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        var network = node.Grains.GetGrain<INetworkGrain>(Sample.Id());

        var refused = await network.SavePracticeAsync("c-1", Practice(name: " ", district: "Altstadt", phone: "ruf an"));

        Assert.Equal(RefusalCode.InvalidInput, refused.Result.Refusal!.Code);
        Assert.Equal(["district", "name", "phone"], refused.Result.Refusal.Errors!.Keys.Order());
        Assert.Empty((await network.GetSetupAsync()).Practices);
    }

    [Fact]
    public async Task A_new_district_is_the_networks_at_once_for_practices_and_for_a_referral()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        var network = node.Grains.GetGrain<INetworkGrain>(Sample.Network);

        Assert.False((await node.Case(Sample.Id()).ExecuteAsync(Sample.Refer(DateTimeOffset.UtcNow) with { Municipality = "Bochum", District = "Wattenscheid" })).Accepted);
        Assert.True((await network.AddDistrictAsync("d-1", "Bochum", "Wattenscheid")).Accepted);
        var again = await network.AddDistrictAsync("d-2", "Bochum", "Wattenscheid");

        Assert.Equal("district", again.Refusal!.Field);
        Assert.Contains(await network.GetPlacesAsync(), t => t.Municipality == "Bochum" && t.Districts.SequenceEqual(["Wattenscheid"]));
        Assert.True((await network.SavePracticeAsync("p-new", Practice(town: "Bochum", district: "Wattenscheid"))).Result.Accepted);
        var referred = await node.Case(Sample.Id()).ExecuteAsync(Sample.Refer(DateTimeOffset.UtcNow) with { Municipality = "Bochum", District = "Wattenscheid" });
        Assert.True(referred.Accepted, referred.Refusal?.Message);
    }

    [Fact]
    public async Task A_Lotsin_needs_known_languages_and_districts_of_the_network()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        var network = node.Grains.GetGrain<INetworkGrain>(Sample.Id());

        var refused = await network.SaveLotsinAsync("c-1", new LotsinProfile("", "Eva Kaya", "", "Caritas", 99, ["tr", "xx"], ["Mars"]));
        var saved = await network.SaveLotsinAsync("c-2", new LotsinProfile("", "Eva Kaya", "", "Caritas", 8, ["de", "tr"], ["Wanne", "Sodingen"]));

        Assert.Equal(["capacity", "districts", "languages"], refused.Result.Refusal!.Errors!.Keys.Order());
        Assert.Equal("eva-kaya", saved.Id);
        Assert.Equal(8, (await node.Grains.GetGrain<ILotsinGrain>("eva-kaya").GetAsync())!.Profile.Capacity);
    }

    /// <summary>
    /// Holsterhausen is a district of Herne and of Dorsten: a bare name that two towns have is refused naming both, the
    /// name with its town is kept as it is, and a bare name of one town's district is stored with that town.
    /// </summary>
    [Fact]
    public async Task A_Lotsins_district_is_kept_with_its_town_and_a_name_two_towns_share_is_refused()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        var network = node.Grains.GetGrain<INetworkGrain>(Sample.Id());
        var name = $"Ada {Sample.Id()[..8]}";

        var refused = await network.SaveLotsinAsync("c-1", new LotsinProfile("", name, "", "Caritas", 8, ["de"], ["Holsterhausen"]));
        var saved = await network.SaveLotsinAsync("c-2", new LotsinProfile("", name, "", "Caritas", 8, ["de"], ["Dorsten: Holsterhausen", "Wanne"]));

        Assert.Equal("districts", refused.Result.Refusal!.Field);
        Assert.Contains("Herne und Dorsten", refused.Result.Refusal.Message, StringComparison.Ordinal);
        Assert.True(saved.Result.Accepted, saved.Result.Refusal?.Message);
        var profile = (await node.Grains.GetGrain<ILotsinGrain>(saved.Id!).GetAsync())!.Profile;
        Assert.Equal(["Dorsten: Holsterhausen", "Herne: Wanne"], profile.Districts);
    }

    [Fact]
    public async Task Another_networks_practice_and_accounts_cannot_be_changed_reset_or_disabled()
    {
        await using var node = await ProtocolNode.StartAsync(_target);
        var mine = node.Grains.GetGrain<INetworkGrain>(Sample.Id());
        var theirs = node.Grains.GetGrain<INetworkGrain>(Sample.Id());
        var practice = await theirs.SavePracticeAsync("c-1", Practice(name: $"Praxis {Sample.Id()}"));
        var user = $"u{Sample.Id()[..10]}";
        Assert.True((await theirs.CreateAccountAsync("c-2", new AccountProfile(user, "Praxis", ActorRole.Practice, practice.Id!, ""), "erstes-Passwort-1")).Accepted);

        var takeOver = await mine.SavePracticeAsync("c-3", Practice() with { Id = practice.Id! });
        var reset = await mine.ResetPasswordAsync("c-4", user, "anderes-Passwort-2");
        var disable = await mine.SetAccountDisabledAsync("c-5", user, true);
        var account = await mine.CreateAccountAsync("c-6", new AccountProfile($"x{user}", "Praxis", ActorRole.Practice, practice.Id!, ""), "erstes-Passwort-1");

        Assert.Equal((RefusalCode.NotFound, RefusalCode.NotFound, RefusalCode.NotFound), (takeOver.Result.Refusal!.Code, reset.Refusal!.Code, disable.Refusal!.Code));
        Assert.Equal("entityId", account.Refusal!.Field);
        Assert.True((await node.Grains.GetGrain<IAccountGrain>(user).SignInAsync("erstes-Passwort-1")).Succeeded);
        Assert.Empty((await mine.GetSetupAsync()).Practices);
    }
}

public sealed class MemoryNetworkSetupTests : NetworkSetupTests<MemoryTarget>;

public sealed class PostgresNetworkSetupTests : NetworkSetupTests<PostgresTarget>;
