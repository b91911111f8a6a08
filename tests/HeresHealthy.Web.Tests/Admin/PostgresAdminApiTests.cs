using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Admin;

public sealed class PostgresAdminApiTests(PostgresQuietApp app) : AdminApiTests(app), IClassFixture<PostgresQuietApp>;
