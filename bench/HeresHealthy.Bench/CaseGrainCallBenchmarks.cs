using BenchmarkDotNet.Attributes;
using HeresHealthy.Bench.Grains;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Bench;

/// <summary>
/// H: a call to an active case grain (a referred case, memory storage, no write) against the floor of an empty Orleans
/// grain on the same silo (<see cref="CounterGrain"/>): what the protocol's grain adds to Orleans' own call. The
/// audience is what every live push asks a case; the practice's view is what a page's read asks.
/// </summary>
public class CaseGrainCallBenchmarks : ProtocolGrainCallBenchmarks
{
    private IFamilyCaseGrain? _case;

    protected override async Task PrepareAsync(IGrainFactory grains)
    {
        _case = grains.GetGrain<IFamilyCaseGrain>("bench-case");
        var now = DateTimeOffset.UtcNow;
        var refer = new Refer("refer", new Actor(ActorRole.Practice, "p-1", "bench"), "bench", "Herne", "Wanne", [NeedCategory.Language],
            new FamilyRecord("Ayşe Yılmaz", "Emir", 2024, "0176 1234567", "Bahnhofstraße 12, 44623 Herne", "tr", true),
            new Consent("Ayşe Yılmaz", now, [Consent.Lotsendienst], [ConsentPurpose.Referral, ConsentPurpose.FeedbackToPractice], now.AddYears(1)),
            false, "Mutter wirkt erschöpft.");
        if (!(await _case.ExecuteAsync(refer)).Accepted)
        {
            throw new InvalidOperationException("The benchmark's case was not referred.");
        }
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
