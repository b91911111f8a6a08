using Microsoft.Extensions.Logging;

namespace HeresHealthy.Silo;

/// <summary>The runtime's log messages, generated at compile time.</summary>
internal static partial class SiloLog
{
    [LoggerMessage(LogLevel.Information, "Silo {Node} started on {Storage} storage")]
    public static partial void Started(this ILogger logger, string node, string storage);

    [LoggerMessage(LogLevel.Error, "Activation of grain {Grain} failed")]
    public static partial void ActivationFailed(this ILogger logger, Exception error, GrainId grain);

    [LoggerMessage(LogLevel.Error, "Deactivation of grain {Grain} failed")]
    public static partial void DeactivationFailed(this ILogger logger, Exception error, GrainId grain);

    [LoggerMessage(LogLevel.Error, "Reading the outbox failed at position {Position}; retrying")]
    public static partial void OutboxReadFailed(this ILogger logger, Exception error, long position);

    [LoggerMessage(LogLevel.Error, "Event subscriber {Subscriber} failed")]
    public static partial void SubscriberFailed(this ILogger logger, Exception error, string subscriber);

    [LoggerMessage(LogLevel.Error, "Claiming reminders failed; retrying")]
    public static partial void ReminderClaimFailed(this ILogger logger, Exception error);

    [LoggerMessage(LogLevel.Error, "Reminder {Name} of {Grain} failed; it fires again after its lease")]
    public static partial void ReminderFailed(this ILogger logger, Exception error, string name, GrainId grain);
}
