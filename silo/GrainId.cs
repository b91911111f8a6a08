namespace HeresHealthy.Silo;

/// <summary>The identity of a grain: its type name and its string key.</summary>
public readonly record struct GrainId(string Type, string Key)
{
    public override string ToString() => $"{Type}/{Key}";
}
