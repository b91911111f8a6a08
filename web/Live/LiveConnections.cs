using Microsoft.AspNetCore.SignalR;

namespace HeresHealthy.Web.Live;

/// <summary>
/// The live connections on this node, by account, session, Lotsin and hub group: going on or off duty moves a Lotsin's
/// connections in or out of the urgent group, signing out closes a session's connections, "sign out everywhere" an
/// account's, and a push is computed only for a group that has a connection on this node (<see cref="Any"/>).
/// </summary>
/// <remarks>
/// A connection is registered under a group before the hub adds it to that group and unregistered after the hub removed
/// it, so that a group whose push is skipped really has nobody here; one lock, since connections come and go far less
/// often than pushes look.
/// </remarks>
public sealed class LiveConnections
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Dictionary<string, HubCallerContext>> _byKey = [];
    private readonly Dictionary<string, HashSet<string>> _keysOf = [];

    public static string Account(string userName) => $"account:{userName}";

    public static string Lotsin(string lotsinId) => $"lotsin:{lotsinId}";

    public static string Session(string sessionId) => $"session:{sessionId}";

    public static string Group(string group) => $"group:{group}";

    public void Add(string key, HubCallerContext connection)
    {
        lock (_lock)
        {
            if (!_byKey.TryGetValue(key, out var connections))
            {
                _byKey[key] = connections = [];
            }

            connections[connection.ConnectionId] = connection;
            if (!_keysOf.TryGetValue(connection.ConnectionId, out var keys))
            {
                _keysOf[connection.ConnectionId] = keys = [];
            }

            keys.Add(key);
        }
    }

    public void Remove(string key, string connectionId)
    {
        lock (_lock)
        {
            Unregister(key, connectionId);
            if (_keysOf.TryGetValue(connectionId, out var keys) && keys.Remove(key) && keys.Count == 0)
            {
                _keysOf.Remove(connectionId);
            }
        }
    }

    /// <summary>Forgets a connection under every key (it disconnected).</summary>
    public void RemoveAll(string connectionId)
    {
        lock (_lock)
        {
            if (_keysOf.Remove(connectionId, out var keys))
            {
                foreach (var key in keys)
                {
                    Unregister(key, connectionId);
                }
            }
        }
    }

    /// <summary>Whether a connection on this node is registered under the key.</summary>
    public bool Any(string key)
    {
        lock (_lock)
        {
            return _byKey.ContainsKey(key);
        }
    }

    public IReadOnlyList<HubCallerContext> Of(string key)
    {
        lock (_lock)
        {
            return _byKey.TryGetValue(key, out var connections) ? [.. connections.Values] : [];
        }
    }

    /// <summary>Closes every connection under the key on this node; returns how many.</summary>
    public int Close(string key)
    {
        Dictionary<string, HubCallerContext>? connections;
        lock (_lock)
        {
            if (!_byKey.Remove(key, out connections))
            {
                return 0;
            }
        }

        foreach (var connection in connections.Values)
        {
            connection.Abort();
        }

        return connections.Count;
    }

    /// <summary>Closes one connection and forgets it under every key.</summary>
    public void Close(HubCallerContext connection)
    {
        RemoveAll(connection.ConnectionId);
        connection.Abort();
    }

    // Keys without connections are dropped, so that sessions that ended leave nothing behind.
    private void Unregister(string key, string connectionId)
    {
        if (_byKey.TryGetValue(key, out var connections) && connections.Remove(connectionId) && connections.Count == 0)
        {
            _byKey.Remove(key);
        }
    }
}
