using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Reports;

/// <summary><see cref="ReportingRoleTests"/> against the app on PostgreSQL.</summary>
public sealed class PostgresReportingRoleTests(PostgresQuietApp app) : ReportingRoleTests(app), IClassFixture<PostgresQuietApp>;
