using System.Reflection;
using System.Text.Json;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>The JSON fields of a request type by kind, as paths into the body ("consent.givenAt"), read by reflection.</summary>
public sealed record BodyShape(IReadOnlyList<string> Enums, IReadOnlyList<string> Dates, IReadOnlyList<string> Bools, IReadOnlyList<string> Texts, IReadOnlyList<string> Ids)
{
    public static BodyShape Of(Type type)
    {
        var (enums, dates, bools, texts, ids) = (new List<string>(), new List<string>(), new List<string>(), new List<string>(), new List<string>());
        Collect(type, "", 0);
        return new BodyShape(enums, dates, bools, texts, ids);

        void Collect(Type record, string prefix, int depth)
        {
            foreach (var property in record.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var path = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                var kind = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                var element = kind.IsArray ? kind.GetElementType()! : kind;
                if (element.IsEnum)
                {
                    enums.Add(path);
                }
                else if (kind == typeof(DateTimeOffset) || kind == typeof(DateTime) || kind == typeof(DateOnly))
                {
                    dates.Add(path);
                }
                else if (kind == typeof(bool))
                {
                    bools.Add(path);
                }
                else if (kind == typeof(string))
                {
                    (path.EndsWith("Id", StringComparison.Ordinal) ? ids : texts).Add(path);
                }
                else if (kind.IsClass && !kind.IsArray && depth == 0)
                {
                    Collect(kind, path + ".", depth + 1);
                }
            }
        }
    }
}
