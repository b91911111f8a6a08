using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace HeresHealthy.Grains.Tests.Contracts;

/// <summary>
/// A value as a grain call carries it: under the type the grain interface declares (an event as <c>CaseEvent</c>, a
/// list as <c>IReadOnlyList</c>), which decides the codec and copier Orleans picks.
/// </summary>
public abstract class ContractSample
{
    public abstract object Value { get; }

    public abstract Type Declared { get; }

    public abstract object? ThroughSerializer(IServiceProvider services);

    public abstract object? ThroughCopier(IServiceProvider services);

    public static ContractSample Of<T>(T value) where T : notnull => new Typed<T>(value);

    private sealed class Typed<T>(T value) : ContractSample where T : notnull
    {
        public override object Value => value;

        public override Type Declared => typeof(T);

        public override object? ThroughSerializer(IServiceProvider services)
        {
            var serializer = services.GetRequiredService<Serializer<T>>();
            return serializer.Deserialize(serializer.SerializeToArray(value));
        }

        public override object? ThroughCopier(IServiceProvider services) => services.GetRequiredService<DeepCopier<T>>().Copy(value);
    }
}
