using System.Net.Sockets;
using Npgsql;

namespace HeresHealthy.Silo.Storage;

/// <summary>
/// The database did not answer (connection refused or broken, server shutting down). The grain storage throws this
/// instead of the driver's exception: Orleans cannot serialize Npgsql's exceptions, so a caller on another node got
/// an unrelated failure (and the user a 500) where it should learn that the database is out of reach (a German 503).
/// The driver's message is kept in the text; the exception itself is logged where it happened.
/// </summary>
[GenerateSerializer]
[Alias("heres.StorageUnreachable")]
public sealed class StorageUnreachableException : Exception
{
    public StorageUnreachableException()
    {
    }

    public StorageUnreachableException(string message)
        : base(message)
    {
    }

    public StorageUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Whether <paramref name="error"/> (or one it wraps) says the database is out of reach, not that a statement was wrong.</summary>
    public static bool IsUnreachable(Exception? error) => ExceptionChain.Any(error, static e => e switch
    {
        StorageUnreachableException or SocketException => true,
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal),
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => false,
    });

    /// <summary>Runs a storage call; a failure to reach the database becomes this exception, anything else passes unchanged.</summary>
    public static async Task<T> TranslateAsync<T>(Func<Task<T>> call, Action<Exception> log)
    {
        try
        {
            return await call();
        }
        catch (Exception error) when (error is not StorageUnreachableException && IsUnreachable(error))
        {
            log(error);
            throw new StorageUnreachableException($"The database is out of reach: {error.Message}");
        }
    }
}
