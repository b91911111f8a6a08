using System.CodeDom.Compiler;
using HeresHealthy.Grains.Abstractions.Cases;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace HeresHealthy.Grains.Tests.Contracts;

/// <summary>The contracts assembly as Orleans sees it: its serializable types, and a serializer that knows them.</summary>
public static class ContractTypes
{
    /// <summary>
    /// Every public type of the contracts that can cross a grain interface: found by reflection, so that a type added
    /// later is checked too. Static helpers, the grain interfaces and Orleans' generated codecs are left out.
    /// </summary>
    public static IReadOnlyList<Type> All { get; } = [.. typeof(CaseEvent).Assembly.GetExportedTypes()
        .Where(t => !t.IsInterface && !(t.IsAbstract && t.IsSealed) && !t.IsDefined(typeof(GeneratedCodeAttribute), inherit: false))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    public static IServiceProvider Services { get; } = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(CaseEvent).Assembly))
        .BuildServiceProvider();
}
