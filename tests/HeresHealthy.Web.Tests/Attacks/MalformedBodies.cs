using System.Text.Json.Nodes;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>
/// Generates requests that are invalid by construction from a valid body: each has one defect the API must refuse
/// (broken JSON, a wrong type, an unsafe command id, an unknown enum value, a date that is none, an unknown id, a body
/// over 64 KiB, an invalid id in the route), and half of them noise on top that alone would be valid input
/// (injection strings in free text, a far-future date, an unknown field).
/// </summary>
public sealed class MalformedBodies(Random random)
{
    private static readonly string[] _brokenJson =
        ["", "{", "{\"commandId\":", "[]", "42", "\"text\"", "null", "{\"commandId\": \"a\" \"b\": 1}", "{'commandId': 'a'}", new string('[', 500), "\u0000"];

    public IEnumerable<MalformedCase> For(ProbedEndpoint endpoint, Func<string, string> routeValue, Func<string> validBody, int count)
    {
        var shape = BodyShape.Of(endpoint.BodyType ?? throw new ArgumentException($"{endpoint} takes no body.", nameof(endpoint)));
        var key = shape.Ids.Contains("commandId") ? "commandId" : shape.Texts[0];
        var otherIds = shape.Ids.Where(id => id != key).ToList();
        var defects = new List<string> { "broken JSON", "key of a wrong type", "unsafe key", "body over 64 KiB", "refused character in a text" };
        defects.AddRange(new[] { ("unknown enum value", shape.Enums.Count), ("no date", shape.Dates.Count), ("bool of a wrong type", shape.Bools.Count), ("unknown id", otherIds.Count) }
            .Where(d => d.Item2 > 0).Select(d => d.Item1));
        if (endpoint.ParameterNames.Any())
        {
            defects.Add("invalid id in the route");
        }

        for (var i = 0; i < count; i++)
        {
            var body = JsonNode.Parse(validBody())!.AsObject();
            if (random.Next(2) == 0)
            {
                AddNoise(body, shape);
            }

            var defect = defects[random.Next(defects.Count)];
            var path = endpoint.PathWith(routeValue);
            string? text = null;
            switch (defect)
            {
                case "broken JSON": text = Pick(_brokenJson); break;
                case "key of a wrong type": body[key] = Pick<JsonNode?>([42, new JsonArray(), new JsonObject(), true, 1.5e300, JsonValue.Create(-1)]); break;
                case "unsafe key": body[key] = key == "commandId" ? Pick(Injections.All) : Pick(Injections.All) + new string('x', 101); break;
                case "body over 64 KiB": body["padding"] = new string('x', 70_000); break;
                case "refused character in a text":
                    Set(body, Pick([.. shape.Texts, .. shape.Ids]), $"a{RefusedCharacters.Placeholder}b");
                    text = body.ToJsonString().Replace(RefusedCharacters.Placeholder, Pick(RefusedCharacters.JsonEscapes), StringComparison.Ordinal);
                    break;
                case "unknown enum value": Set(body, Pick(shape.Enums), Pick<JsonNode?>([Pick(Injections.All), 99, -1, new JsonArray(Pick(Injections.All)), new JsonArray(99), new JsonObject()])); break;
                case "no date": Set(body, Pick(shape.Dates), Pick<JsonNode?>([Pick(Injections.Dates), Pick(Injections.All), 20260101, new JsonArray()])); break;
                case "bool of a wrong type": Set(body, Pick(shape.Bools), Pick<JsonNode?>(["ja", "true", 2, Pick(Injections.All), new JsonObject()])); break;
                case "unknown id": Set(body, Pick(otherIds), Pick(Injections.All.Where(s => !string.IsNullOrWhiteSpace(s)).ToList()) + "-gibt-es-nicht"); break;
                case "invalid id in the route":
                    var bad = Pick(endpoint.ParameterNames.ToList());
                    // A NUL in the path never reaches the app: Kestrel refuses the request line (and the test client will not send it).
                    var value = Pick(Injections.All.Where(s => s.Length > 0 && !s.Contains('\0', StringComparison.Ordinal)).ToList());
                    path = endpoint.PathWith(name => name == bad ? value : routeValue(name));
                    break;
            }

            yield return new MalformedCase(defect, path, text ?? body.ToJsonString());
        }
    }

    private void AddNoise(JsonObject body, BodyShape shape)
    {
        foreach (var field in shape.Texts.Where(_ => random.Next(2) == 0))
        {
            Set(body, field, Pick(Injections.All.Where(s => s.Length < 1000).ToList()));
        }

        if (shape.Dates.Count > 0 && random.Next(3) == 0)
        {
            Set(body, Pick(shape.Dates), "9999-12-31T23:59:59+00:00");
        }

        body["__proto__"] = new JsonObject { ["admin"] = true };
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    /// <summary>Sets the field at a dotted path ("family.phone"), creating the objects on the way.</summary>
    public static void Set(JsonObject body, string path, JsonNode? value)
    {
        var names = path.Split('.');
        var target = body;
        foreach (var name in names[..^1])
        {
            target = target[name] as JsonObject ?? (JsonObject)(target[name] = new JsonObject());
        }

        target[names[^1]] = value;
    }
}
