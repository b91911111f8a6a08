using BenchmarkDotNet.Attributes;
using HeresHealthy.Bench.Grains;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Storage.Memory;

namespace HeresHealthy.Bench;

/// <summary>
/// H: a call to an active case grain (a referred case, memory storage, no write) against the floor of an empty Orleans
/// grain on the same silo (<see cref="CounterGrain"/>): what the protocol's grain adds to Orleans' own call. The
/// audience is what every live push asks a case; the practice's view is what a page's read asks.
/// </summary>
[MemoryDiagnoser]
public class CaseGrainCallBenchmarks
{
    private const int Calls = 1_000;

    private BenchSilo? _silo;
    private ICounterGrain? _empty;
    private IFamilyCaseGrain? _case;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _silo = await BenchSilo.StartAsync(new MemoryStorage(), new StorageOptions { Provider = StorageProviderKind.Memory }, protocol: true);
        _empty = _silo.Grains.GetGrain<ICounterGrain>("empty");
        _case = _silo.Grains.GetGrain<IFamilyCaseGrain>("bench-case");
        var now = DateTimeOffset.UtcNow;
        var refer = new Refer("refer", new Actor(ActorRole.Practice, "p-1", "bench"), "bench", "Herne", "Wanne", [NeedCategory.Language],
            new FamilyRecord("Ayşe Yılmaz", "Emir", 2024, "0176 1234567", "Bahnhofstraße 12, 44623 Herne", "tr", true),
            new Consent("Ayşe Yılmaz", now, [Consent.Lotsendienst], [ConsentPurpose.Referral, ConsentPurpose.FeedbackToPractice], now.AddYears(1)),
            false, "Mutter wirkt erschöpft.");
        if (!(await _case.ExecuteAsync(refer)).Accepted)
        {
            throw new InvalidOperationException("The benchmark's case was not referred.");
        }

        await _empty.IncrementAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls)]
    public async Task<int> Empty_Orleans_grain_call()
    {
        var last = 0;
        for (var i = 0; i < Calls; i++)
        {
            last = await _empty!.IncrementAsync();
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public async Task<CaseAudience?> Case_grain_audience()
    {
        CaseAudience? last = null;
        for (var i = 0; i < Calls; i++)
        {
            last = await _case!.GetAudienceAsync();
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public async Task<object?> Case_grain_practice_view()
    {
        object? last = null;
        for (var i = 0; i < Calls; i++)
        {
            last = await _case!.GetPracticeViewAsync("p-1");
        }

        return last;
    }
}
