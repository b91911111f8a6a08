using System.Reflection;

namespace HeresHealthy.Silo.Runtime;

/// <summary>Maps grain interfaces and stored type names to grain classes.</summary>
internal sealed class GrainTypeRegistry
{
    private readonly Dictionary<Type, GrainClass> _byInterface = [];
    private readonly Dictionary<string, GrainClass> _byName = new(StringComparer.Ordinal);

    public GrainTypeRegistry(IEnumerable<Type> grainClasses)
    {
        foreach (var type in grainClasses)
        {
            var grainClass = new GrainClass(TypeNameOf(type), type, type.IsDefined(typeof(ReentrantAttribute), false));
            if (!_byName.TryAdd(grainClass.TypeName, grainClass))
            {
                throw new InvalidOperationException($"Two grain classes share the type name '{grainClass.TypeName}': {_byName[grainClass.TypeName].ClassType} and {type}.");
            }

            foreach (var contract in type.GetInterfaces().Where(i => i != typeof(IGrain) && typeof(IGrain).IsAssignableFrom(i)))
            {
                GrainMethod.Validate(contract);
                _byInterface[contract] = grainClass;
            }
        }
    }

    public static IEnumerable<Type> GrainClassesIn(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Grain).IsAssignableFrom(t));

    public GrainClass ForInterface(Type contract) =>
        _byInterface.TryGetValue(contract, out var grainClass)
            ? grainClass
            : throw new InvalidOperationException($"No grain class implements {contract.Name}; register its assembly with AddGrains.");

    public GrainClass ForName(string typeName) =>
        _byName.TryGetValue(typeName, out var grainClass)
            ? grainClass
            : throw new InvalidOperationException($"No grain class has the type name '{typeName}'.");

    private static string TypeNameOf(Type type)
    {
        var attribute = type.GetCustomAttribute<GrainTypeAttribute>();
        if (attribute is not null)
        {
            return attribute.Name;
        }

        var name = type.Name.EndsWith("Grain", StringComparison.Ordinal) ? type.Name[..^"Grain".Length] : type.Name;
        return name.ToLowerInvariant();
    }
}
