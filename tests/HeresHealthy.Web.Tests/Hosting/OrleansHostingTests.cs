using HeresHealthy.Testing;
using HeresHealthy.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Web.Tests.Hosting;

/// <summary>
/// The app co-hosts an Orleans silo: on SQLite a single node on localhost, on PostgreSQL a member of the cluster in the
/// membership table; either way it answers grain calls made through the app's own services.
/// </summary>
public sealed class OrleansHostingTests(WebApp app, PostgresWebApp postgres) : IClassFixture<PostgresWebApp>
{
    [Fact]
    public async Task The_app_on_SQLite_co_hosts_one_active_silo_that_answers_grain_calls()
    {
        var hosts = await ManagementOf(app).GetHosts(true, TestContext.Current.CancellationToken);

        Assert.Equal(SiloStatus.Active, Assert.Single(hosts).Value);
    }

    [Fact]
    public async Task The_app_on_PostgreSQL_joins_the_cluster_through_the_membership_table()
    {
        var hosts = await ManagementOf(postgres).GetHosts(true, TestContext.Current.CancellationToken);

        var silo = Assert.Single(hosts).Key;
        var member = await PostgresServer.ScalarAsync(
            $"SELECT status FROM {postgres.Schema}.orleans_membership WHERE port = {silo.Endpoint.Port} AND generation = {silo.Generation}");
        Assert.Equal((int)SiloStatus.Active, member);
    }

    private static IManagementGrain ManagementOf(WebApp app) =>
        app.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
}
