namespace HeresHealthy.Web.Demo;

internal static partial class DemoLog
{
    [LoggerMessage(LogLevel.Information, "Demo network seeded: {Practices} practices, {Lotsinnen} Lotsinnen, {Cases} cases (all fictitious)")]
    public static partial void DemoSeeded(this ILogger logger, int practices, int lotsinnen, int cases);

    [LoggerMessage(LogLevel.Warning, "DEMO MODE: fictitious data. Sign in with one of these accounts:\n{Accounts}\n  password for all: {Password}")]
    public static partial void DemoAccounts(this ILogger logger, string accounts, string password);
}
