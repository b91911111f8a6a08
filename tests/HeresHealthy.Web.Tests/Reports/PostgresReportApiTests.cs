using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Reports;

/// <summary><see cref="ReportApiTests"/> against the app on PostgreSQL.</summary>
public sealed class PostgresReportApiTests(PostgresQuietApp app) : ReportApiTests(app), IClassFixture<PostgresQuietApp>;
