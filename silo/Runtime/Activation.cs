namespace HeresHealthy.Silo.Runtime;

/// <summary>One live instance of a grain on this node, with its turn lock and bookkeeping.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The turn lock never creates a wait handle; callers may still wait on it after deactivation, so it is never disposed.")]
internal sealed class Activation(GrainId grain, GrainClass grainClass)
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private Task<Grain>? _instance;
    private int _users;
    private long _lastUsed;
    private long _remoteSequence;

    public GrainId Grain { get; } = grain;

    public GrainClass Class { get; } = grainClass;

    /// <summary>A write of ours failed, or the grain asked to be deactivated: replace the activation before the next turn.</summary>
    public bool IsStale { get; set; }

    public bool IsDeactivated { get; set; }

    /// <summary>The highest event sequence of this grain that another node committed, as far as this node heard.</summary>
    public long RemoteSequence => Volatile.Read(ref _remoteSequence);

    public void NoteRemoteSequence(long sequence)
    {
        long seen;
        while ((seen = Volatile.Read(ref _remoteSequence)) < sequence && Interlocked.CompareExchange(ref _remoteSequence, sequence, seen) != seen)
        {
        }
    }

    public bool IsInUse => Volatile.Read(ref _users) > 0;

    public long LastUsed => Volatile.Read(ref _lastUsed);

    /// <summary>The grain instance once activation succeeded, otherwise null.</summary>
    public Grain? Instance => _instance is { IsCompletedSuccessfully: true } done ? done.Result : null;

    public void AddUser() => Interlocked.Increment(ref _users);

    public void RemoveUser() => Interlocked.Decrement(ref _users);

    public void Touch(long timestamp) => Volatile.Write(ref _lastUsed, timestamp);

    /// <summary>Activates once, even when reentrant calls arrive together; every caller shares the outcome.</summary>
    public Task<Grain> GetInstanceAsync(Func<Activation, Task<Grain>> activate)
    {
        var existing = Volatile.Read(ref _instance);
        if (existing is not null)
        {
            return existing;
        }

        var pending = new TaskCompletionSource<Grain>(TaskCreationOptions.RunContinuationsAsynchronously);
        existing = Interlocked.CompareExchange(ref _instance, pending.Task, null);
        if (existing is not null)
        {
            return existing;
        }

        _ = CompleteAsync(pending, activate);
        return pending.Task;
    }

    /// <summary>Waits for this activation's turn; reentrant grains never wait.</summary>
    public ValueTask<bool> EnterAsync(TimeSpan timeout)
    {
        if (Class.IsReentrant || _turn.Wait(0))
        {
            return ValueTask.FromResult(true);
        }

        return new ValueTask<bool>(_turn.WaitAsync(timeout));
    }

    public bool TryEnterNow() => Class.IsReentrant || _turn.Wait(0);

    public void Exit()
    {
        if (!Class.IsReentrant)
        {
            _turn.Release();
        }
    }

    private async Task CompleteAsync(TaskCompletionSource<Grain> pending, Func<Activation, Task<Grain>> activate)
    {
        try
        {
            pending.SetResult(await activate(this));
        }
        catch (Exception error)
        {
            pending.SetException(error);
        }
    }
}
