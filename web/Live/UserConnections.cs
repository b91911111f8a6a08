using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace HeresHealthy.Web.Live;

/// <summary>The live connections of each account on this node, so that "sign out everywhere" can close them.</summary>
public sealed class UserConnections
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> _byUser = new();

    public void Add(string userName, HubCallerContext connection) =>
        _byUser.GetOrAdd(userName, _ => new ConcurrentDictionary<string, HubCallerContext>())[connection.ConnectionId] = connection;

    public void Remove(string userName, string connectionId)
    {
        if (_byUser.TryGetValue(userName, out var connections))
        {
            connections.TryRemove(connectionId, out _);
        }
    }

    /// <summary>Closes every live connection of the account on this node; returns how many.</summary>
    public int Close(string userName)
    {
        if (!_byUser.TryRemove(userName, out var connections))
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
