using System.Security.Claims;
using HeresHealthy.Web.Live;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;

namespace HeresHealthy.Web.Tests.Live;

/// <summary>The node's register of live connections (web/Live/LiveConnections.cs), which decides whether a group's push is computed.</summary>
public sealed class LiveConnectionsTests
{
    private readonly LiveConnections _connections = new();

    [Fact]
    public void A_group_has_listeners_until_its_last_connection_leaves()
    {
        var group = LiveConnections.Group("coordinator:heres-healthy");
        var first = new Connection("c1");
        var second = new Connection("c2");
        Assert.False(_connections.Any(group));

        _connections.Add(group, first);
        _connections.Add(group, second);
        _connections.Add(LiveConnections.Session("s1"), first);
        _connections.RemoveAll(first.ConnectionId);

        Assert.True(_connections.Any(group));
        Assert.False(_connections.Any(LiveConnections.Session("s1")));
        _connections.Remove(group, second.ConnectionId);
        Assert.False(_connections.Any(group));
        Assert.Empty(_connections.Of(group));
    }

    [Fact]
    public void Closing_a_session_aborts_its_connections_and_leaves_their_groups_to_the_disconnect()
    {
        var connection = new Connection("c1");
        _connections.Add(LiveConnections.Session("s1"), connection);
        _connections.Add(LiveConnections.Group("practice:praxis-01"), connection);

        Assert.Equal(1, _connections.Close(LiveConnections.Session("s1")));

        Assert.True(connection.Aborted);
        Assert.Equal(0, _connections.Close(LiveConnections.Session("s1")));
        Assert.True(_connections.Any(LiveConnections.Group("practice:praxis-01")));
        _connections.RemoveAll(connection.ConnectionId);
        Assert.False(_connections.Any(LiveConnections.Group("practice:praxis-01")));
    }

    private sealed class Connection(string id) : HubCallerContext
    {
        public bool Aborted { get; private set; }

        public override string ConnectionId => id;

        public override string? UserIdentifier => null;

        public override ClaimsPrincipal? User => null;

        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();

        public override IFeatureCollection Features { get; } = new FeatureCollection();

        public override CancellationToken ConnectionAborted => CancellationToken.None;

        public override void Abort() => Aborted = true;
    }
}
