using System.Collections.Concurrent;

namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

public sealed class WorkGrain : Grain, IWorkGrain
{
    private static readonly ConcurrentDictionary<string, Counter> _runs = new();

    public async Task<int> WorkAsync(string run)
    {
        var counter = _runs.GetOrAdd(run, _ => new Counter());
        counter.Enter();
        await Task.Delay(5);
        await Task.Yield();
        counter.Leave();
        return counter.Max;
    }

    public async Task<bool> MeetAsync(string run, int expected)
    {
        var counter = _runs.GetOrAdd(run, _ => new Counter());
        counter.Enter();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (counter.Max < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }

        var met = counter.Max >= expected;
        counter.Leave();
        return met;
    }

    private sealed class Counter
    {
        private int _inside;
        private int _max;

        public int Max => Volatile.Read(ref _max);

        public void Enter()
        {
            var now = Interlocked.Increment(ref _inside);
            int seen;
            while ((seen = Volatile.Read(ref _max)) < now && Interlocked.CompareExchange(ref _max, now, seen) != seen)
            {
            }
        }

        public void Leave() => Interlocked.Decrement(ref _inside);
    }
}
