using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>The cross-tenant probes of <see cref="CrossTenantProbeTests"/> on PostgreSQL.</summary>
[Collection(Alone.Name)]
public sealed class PostgresCrossTenantProbeTests(PostgresQuietApp app) : CrossTenantProbeTests(app), IClassFixture<PostgresQuietApp>;
