namespace HeresHealthy.Silo.Tests.Fixtures;

public static class TestClock
{
    /// <summary>
    /// Where a test's fake clock starts when the test needs no particular instant: a Monday morning, as the
    /// hand-written clock these tests were written against did (the package's fake clock would start in 2000).
    /// </summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
}
