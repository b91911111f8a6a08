using Microsoft.Extensions.Logging;

namespace HeresHealthy.Silo;

/// <summary>The silo's own log messages (beside Orleans'), generated at compile time.</summary>
internal static partial class SiloLog
{
    [LoggerMessage(LogLevel.Information, "Node {Node}: {Storage} storage migrated")]
    public static partial void Migrated(this ILogger logger, string node, string storage);

    [LoggerMessage(LogLevel.Error, "Reading the outbox failed at position {Position}; retrying")]
    public static partial void OutboxReadFailed(this ILogger logger, Exception error, long position);

    [LoggerMessage(LogLevel.Warning, "The database did not answer for {StateName} {Grain}; the caller is told it is out of reach")]
    public static partial void StorageUnreachable(this ILogger logger, Exception error, string stateName, string grain);

    [LoggerMessage(LogLevel.Error, "Event subscriber {Subscriber} failed")]
    public static partial void SubscriberFailed(this ILogger logger, Exception error, string subscriber);
}
