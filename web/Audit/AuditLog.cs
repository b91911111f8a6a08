namespace HeresHealthy.Web.Audit;

internal static partial class AuditLog
{
    [LoggerMessage(LogLevel.Error, "The audit trail could not store {Count} rows; the requests waiting for them fail")]
    public static partial void AuditAppendFailed(this ILogger logger, Exception error, int count);
}
