using HeresHealthy.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Serialization;

namespace HeresHealthy.Grains.Tests.Contracts;

/// <summary>
/// A grain whose database is out of reach fails its caller, perhaps on another node: Orleans must carry that failure.
/// It cannot carry Npgsql's exceptions (a cluster test answered 500 during a database restart, the response failing
/// with "Could not find a codec for type Npgsql.NpgsqlException"), so the grain storage throws
/// <see cref="StorageUnreachableException"/>, which crosses intact and is recognised as "out of reach".
/// </summary>
public sealed class StorageFailureSerializationTests
{
    private static readonly Serializer _serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(StorageUnreachableException).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Fact]
    public void A_storage_failure_wrapped_as_Orleans_wraps_it_crosses_the_wire_and_still_says_the_database_is_out_of_reach()
    {
        var sent = new OrleansException("Error from storage provider OutboxGrainStorage.case during WriteStateAsync",
            new StorageUnreachableException("The database is out of reach: Failed to connect to 127.0.0.1:5432"));

        var received = _serializer.Deserialize<Exception>(_serializer.SerializeToArray<Exception>(sent));

        Assert.IsType<StorageUnreachableException>(received?.InnerException);
        Assert.True(StorageUnreachableException.IsUnreachable(received));
    }

    /// <summary>
    /// Orleans' own services (the reminder table) fail with Npgsql's exceptions, which no storage of ours can translate:
    /// the silo carries them (<see cref="Silo.Providers.OrleansSilo.CarryDriverExceptions"/>); a fresh-clone run of the
    /// database restart answered 500 once before.
    /// </summary>
    [Fact]
    public void A_driver_failure_of_an_Orleans_service_crosses_the_wire_as_the_silo_configures_it_and_says_the_database_is_out_of_reach()
    {
        var carrying = new ServiceCollection()
            .AddSerializer(builder => builder.AddAssembly(typeof(StorageUnreachableException).Assembly))
            .Configure<ExceptionSerializationOptions>(Silo.Providers.OrleansSilo.CarryDriverExceptions)
            .BuildServiceProvider()
            .GetRequiredService<Serializer>();
        var sent = new NpgsqlException("Exception while reading from stream", new EndOfStreamException("Attempted to read past the end of the stream."));

        Assert.ThrowsAny<Exception>(() => _serializer.SerializeToArray<Exception>(sent)); // Orleans' default: no codec
        var received = carrying.Deserialize<Exception>(carrying.SerializeToArray<Exception>(sent));

        Assert.IsType<NpgsqlException>(received);
        Assert.True(StorageUnreachableException.IsUnreachable(received));
    }

    [Fact]
    public async Task Only_a_failure_to_reach_the_database_is_translated()
    {
        var refused = new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111));
        var logged = new List<Exception>();

        await Assert.ThrowsAsync<StorageUnreachableException>(() => StorageUnreachableException.TranslateAsync<int>(() => throw refused, logged.Add));
        await Assert.ThrowsAsync<InvalidOperationException>(() => StorageUnreachableException.TranslateAsync<int>(() => throw new InvalidOperationException("a bug"), logged.Add));
        Assert.Equal([refused], logged);
    }
}
