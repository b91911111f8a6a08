using System.Text.Json;
using System.Text.Json.Serialization;

namespace HeresHealthy.Silo;

/// <summary>The JSON settings used for grain state and events.</summary>
public static class SiloJson
{
    /// <summary>Web defaults, with enums stored by name so that stored state and events stay readable and reorder-safe.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
