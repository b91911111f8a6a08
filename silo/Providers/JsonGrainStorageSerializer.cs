using System.Text.Json;
using Orleans.Storage;

namespace HeresHealthy.Silo.Providers;

/// <summary>
/// Grain state as plain System.Text.Json (<see cref="SiloJson.Options"/>): property names and enum names only, no
/// assembly-qualified type names, so renaming a class is not a data migration. A state with members of several types
/// names them with stable discriminators ([JsonDerivedType(typeof(X), "Name")]) on the base type.
/// </summary>
public sealed class JsonGrainStorageSerializer(JsonSerializerOptions options) : IGrainStorageSerializer
{
    public JsonGrainStorageSerializer()
        : this(SiloJson.Options)
    {
    }

    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, options));

    public T Deserialize<T>(BinaryData input) =>
        JsonSerializer.Deserialize<T>(input.ToMemory().Span, options)
            ?? throw new JsonException($"The stored state of {typeof(T).Name} is null.");
}
