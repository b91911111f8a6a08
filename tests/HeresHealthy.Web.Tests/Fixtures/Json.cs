using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>JSON as a browser client of the API writes and reads it.</summary>
public static class Json
{
    /// <summary>Requests: web defaults, enums as the numbers the API binds.</summary>
    public static JsonSerializerOptions Write { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Answers: web defaults; enums read from names or numbers, so the tests hold whichever the API writes.</summary>
    public static JsonSerializerOptions Read { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static T Parse<T>(string text) =>
        JsonSerializer.Deserialize<T>(text, Read) ?? throw new InvalidOperationException($"The answer was JSON null, not a {typeof(T).Name}.");

    public static JsonObject ToObject(object fields) =>
        fields as JsonObject ?? JsonSerializer.SerializeToNode(fields, Write)?.AsObject()
        ?? throw new ArgumentException("The fields must serialise to a JSON object.", nameof(fields));

    /// <summary>Reads a case status the way the API writes it (a name or a number).</summary>
    public static T EnumOf<T>(JsonElement value) where T : struct, Enum =>
        value.ValueKind == JsonValueKind.Number
            ? (T)Enum.ToObject(typeof(T), value.GetInt32())
            : Enum.Parse<T>(value.GetString() ?? "", ignoreCase: true);
}
