using System.Text.Json;

namespace HeresHealthy.Silo;

/// <summary>The JSON settings used for grain state and events.</summary>
public static class SiloJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
