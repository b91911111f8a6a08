namespace HeresHealthy.Silo;

/// <summary>The stable name an event record is stored under; without it the record's class name is used.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
