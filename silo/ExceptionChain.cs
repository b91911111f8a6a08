namespace HeresHealthy.Silo;

/// <summary>Looks through an exception, the exceptions it wraps and, for an aggregate, each of its inner exceptions.</summary>
public static class ExceptionChain
{
    public static bool Any(Exception? error, Func<Exception, bool> match) => error switch
    {
        null => false,
        _ when match(error) => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(inner => Any(inner, match)),
        _ => Any(error.InnerException, match),
    };
}
