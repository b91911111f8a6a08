
namespace HeresHealthy.Silo;

/// <summary>The identity of a stored state: its state name (e.g. "case") and its grain's string key.</summary>
[GenerateSerializer]
[Immutable]
[Alias("HeresHealthy.Silo.StateId")]
public readonly record struct StateId([property: Id(0)] string Type, [property: Id(1)] string Key)
{
    public override string ToString() => $"{Type}/{Key}";
}
