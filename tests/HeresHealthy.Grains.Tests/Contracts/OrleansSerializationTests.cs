using System.Reflection;
using System.Text.Json;
using HeresHealthy.Silo;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Serialization.TypeSystem;

namespace HeresHealthy.Grains.Tests.Contracts;

/// <summary>
/// The contracts cross grain interfaces, so Orleans must serialize them: each has a generated codec and copier, a stable
/// alias as its name on the wire, and comes back from a round trip as it went in.
/// </summary>
public sealed class OrleansSerializationTests
{
    private static readonly IServiceProvider _services = ContractTypes.Services;

    public static TheoryData<string> Samples() => [.. ContractSamples.All.Keys];

    [Fact]
    public void Every_contract_type_has_an_Orleans_codec_and_copier()
    {
        var codecs = _services.GetRequiredService<ICodecProvider>();

        Assert.Empty(ContractTypes.All.Where(t => !t.IsAbstract && !HasCodecAndCopier(codecs, t)).Select(t => t.FullName));
    }

    [Fact]
    public void Every_abstract_contract_has_concrete_types_to_carry_it()
    {
        var bases = ContractTypes.All.Where(t => t.IsAbstract).ToList();

        Assert.NotEmpty(bases);
        Assert.All(bases, b => Assert.Contains(ContractTypes.All, t => !t.IsAbstract && t.IsSubclassOf(b)));
    }

    [Fact]
    public void Every_contract_type_has_an_alias_no_other_type_shares()
    {
        var aliases = ContractTypes.All.Select(t => (Type: t, t.GetCustomAttribute<AliasAttribute>(inherit: false)?.Alias)).ToList();

        Assert.Empty(aliases.Where(a => a.Alias is null).Select(a => a.Type.FullName));
        Assert.Empty(aliases.GroupBy(a => a.Alias).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Orleans_names_each_contract_type_by_its_alias()
    {
        var names = _services.GetRequiredService<TypeConverter>();

        Assert.All(ContractTypes.All, t => Assert.Equal(t.GetCustomAttribute<AliasAttribute>(inherit: false)?.Alias, names.Format(t)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_comes_back_equal_from_the_Orleans_serializer(string sample)
    {
        var value = ContractSamples.All[sample];

        var copy = value.ThroughSerializer(_services);

        AssertEqual(value, copy);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_comes_back_equal_from_the_Orleans_deep_copier(string sample)
    {
        var value = ContractSamples.All[sample];

        var copy = value.ThroughCopier(_services);

        AssertEqual(value, copy);
    }

    /// <summary>A codec whose members lack codecs throws rather than answering null.</summary>
    private static bool HasCodecAndCopier(ICodecProvider codecs, Type type)
    {
        try
        {
            return codecs.TryGetCodec(type) is not null && codecs.TryGetDeepCopier(type) is not null;
        }
        catch (CodecNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Equal as the old runtime stores it: the same JSON, and the same record type (a list declared by its interface may
    /// come back as another list).
    /// </summary>
    private static void AssertEqual(ContractSample sample, object? copy)
    {
        Assert.NotNull(copy);
        Assert.IsAssignableFrom(sample.Declared, copy);
        if (!sample.Declared.IsInterface)
        {
            Assert.Equal(sample.Value.GetType(), copy.GetType());
        }

        Assert.Equal(Json(sample.Value), Json(copy));
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType(), SiloJson.Options);
}
