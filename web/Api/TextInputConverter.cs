using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace HeresHealthy.Web.Api;

/// <summary>
/// Reads every string of a request body through <see cref="TextInput"/>: a refused character fails the binding with
/// a <see cref="InvalidTextException"/> at the field's JSON path, so the request is answered 400 naming the field
/// (<see cref="BadRequestProblems"/>) before any grain is called. Writing is unchanged.
/// </summary>
public sealed class TextInputConverter(bool multiLine) : JsonConverter<string>
{
    public static TextInputConverter SingleLine { get; } = new(multiLine: false);

    public static TextInputConverter MultiLine { get; } = new(multiLine: true);

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // A dictionary's keys come here too (ReadAsPropertyName), as property names.
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonException();
        }

        string value;
        try
        {
            value = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new InvalidTextException("Enthält ein unvollständiges Zeichen (ungültiges UTF-16 oder UTF-8).");
        }

        return TextInput.Problem(value, multiLine) is { } problem ? throw new InvalidTextException(problem) : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options)!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    /// <summary>Every string is single-line unless its property is one of <see cref="TextInput.MultiLineFields"/>.</summary>
    public static void Register(JsonSerializerOptions options)
    {
        options.Converters.Add(SingleLine);
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(info =>
        {
            foreach (var property in info.Properties)
            {
                if (property.PropertyType == typeof(string) && TextInput.IsMultiLine(property.Name))
                {
                    property.CustomConverter = MultiLine;
                }
            }
        });
    }
}
