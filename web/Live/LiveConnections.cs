using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace HeresHealthy.Web.Live;

/// <summary>
/// The live connections on this node, by account, session and Lotsin: going on or off duty moves a Lotsin's
/// connections in or out of the urgent group, signing out closes a session's connections, and "sign out everywhere" an account's.
/// </summary>
public sealed class LiveConnections
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> _byKey = new();

    public static string Account(string userName) => $"account:{userName}";

    public static string Lotsin(string lotsinId) => $"lotsin:{lotsinId}";

    public static string Session(string sessionId) => $"session:{sessionId}";

    public void Add(string key, HubCallerContext connection) =>
        _byKey.GetOrAdd(key, _ => new ConcurrentDictionary<string, HubCallerContext>())[connection.ConnectionId] = connection;

    public void Remove(string key, string connectionId)
    {
        if (_byKey.TryGetValue(key, out var connections))
        {
            connections.TryRemove(connectionId, out _);
        }
    }

    public IReadOnlyList<string> Of(string key) =>
        _byKey.TryGetValue(key, out var connections) ? [.. connections.Keys] : [];

    /// <summary>Closes every connection under the key on this node; returns how many.</summary>
    public int Close(string key)
    {
        if (!_byKey.TryRemove(key, out var connections))
        {
            return 0;
        }

        foreach (var connection in connections.Values)
        {
            connection.Abort();
        }

        return connections.Count;
    }
}
