namespace HeresHealthy.Silo;

/// <summary>Lets calls to a grain class interleave at awaits. Never use it on grains that check, then act.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReentrantAttribute : Attribute;
