using System.Collections.Concurrent;
using System.Reflection;

namespace HeresHealthy.Silo;

/// <summary>The stable stored name of each event type.</summary>
public static class EventTypes
{
    private static readonly ConcurrentDictionary<Type, string> _names = new();

    public static string NameOf(Type eventType) =>
        _names.GetOrAdd(eventType, static t => t.GetCustomAttribute<EventTypeAttribute>()?.Name ?? t.Name);
}
