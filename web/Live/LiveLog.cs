namespace HeresHealthy.Web.Live;

internal static partial class LiveLog
{
    [LoggerMessage(LogLevel.Warning, "The live push of position {Position} waits {Wait} for a node or the database and is tried again")]
    public static partial void PushDelayed(this ILogger logger, Exception error, long position, TimeSpan wait);
}
