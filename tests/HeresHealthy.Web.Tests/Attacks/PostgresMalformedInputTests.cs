using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>The generated invalid requests of <see cref="MalformedInputTests"/>, against the app on PostgreSQL.</summary>
[Collection(Alone.Name)]
public sealed class PostgresMalformedInputTests(PostgresQuietApp app) : MalformedInputTests(app), IClassFixture<PostgresQuietApp>;
