namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>
/// The app on PostgreSQL with the default retention, so that nothing changes by itself while a test compares the whole
/// app's state before and after (the short retention of <see cref="PostgresWebApp"/> anonymises demo cases on its own).
/// </summary>
public sealed class PostgresQuietApp : PostgresWebApp
{
    protected override string? Retention => null;
}
