using System.Text.Json;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Silo;

namespace HeresHealthy.Grains.Tests.Fixtures;

/// <summary>
/// A refused command changes nothing: the case's state reads back as it was, value for value. (A grain call answers
/// a copy, so the same instance cannot show it, as it did on the first runtime.)
/// </summary>
public static class SameState
{
    public static void Equal(CaseState expected, CaseState actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected, SiloJson.Options), JsonSerializer.Serialize(actual, SiloJson.Options));
}
