namespace HeresHealthy.Silo.Runtime;

/// <summary>What the runtime knows about one grain class.</summary>
internal sealed record GrainClass(string TypeName, Type ClassType, bool IsReentrant);
