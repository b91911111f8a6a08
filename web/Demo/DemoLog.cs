namespace HeresHealthy.Web.Demo;

internal static partial class DemoLog
{
    [LoggerMessage(LogLevel.Information, "Demo network seeded: {Practices} practices, {Lotsinnen} Lotsinnen, {Cases} cases (all fictitious)")]
    public static partial void DemoSeeded(this ILogger logger, int practices, int lotsinnen, int cases);
}
