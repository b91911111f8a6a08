using System.Collections.Concurrent;

namespace HeresHealthy.Silo.Tests.Fixtures.Grains;

public sealed class LogGrain : Grain<LogState>, ILogGrain
{
    private static readonly ConcurrentDictionary<string, int> _activations = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _activations.AddOrUpdate(Key, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> GetAsync() => Task.FromResult<IReadOnlyList<string>>([.. State.Entries]);

    public async Task AppendAsync(string entry)
    {
        State.Entries.Add(entry);
        RaiseEvent(new EntryAppended(entry));
        await WriteStateAsync();
    }

    public async Task AppendAfterGateAsync(string entry, string gate)
    {
        await Gates.WaitAsync(gate);
        await AppendAsync(entry);
    }

    public Task<int> ActivationsAsync() => Task.FromResult(_activations.GetValueOrDefault(Key));
}
