using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>The session attacks of <see cref="AttackTests"/> on PostgreSQL (sessions and lockouts are stored there).</summary>
public sealed class PostgresAttackTests(PostgresQuietApp app) : AttackTests(app), IClassFixture<PostgresQuietApp>;
