using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>The refused characters of <see cref="TextInputTests"/>, against the app on PostgreSQL (which refuses U+0000 in text).</summary>
[Collection(Alone.Name)]
public sealed class PostgresTextInputTests(PostgresQuietApp app) : TextInputTests(app), IClassFixture<PostgresQuietApp>;
