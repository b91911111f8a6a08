using System.Collections.Concurrent;
using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Hosting;
using HeresHealthy.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HeresHealthy.Silo.Runtime;

/// <summary>
/// The activation directory and scheduler of one node: activates grains on demand, runs one call at a time per
/// activation, collects idle activations and hands reminders and commits to their grains and listeners.
/// </summary>
public sealed class GrainRuntime : IGrainFactory
{
    private readonly ConcurrentDictionary<GrainId, Activation> _activations = new();
    private readonly IServiceProvider _services;
    private readonly GrainTypeRegistry _registry;
    private readonly SiloOptions _options;
    private readonly IIncomingGrainCallFilter[] _filters;
    private readonly CommitSignal _commits;
    private readonly ILogger<GrainRuntime> _logger;
    private readonly Func<Activation, Task<Grain>> _activate;

    internal GrainRuntime(
        IServiceProvider services,
        GrainTypeRegistry registry,
        IStorageProvider storage,
        IOptions<SiloOptions> options,
        TimeProvider time,
        CommitSignal commits,
        ILogger<GrainRuntime> logger)
    {
        _services = services;
        _registry = registry;
        _options = options.Value;
        _commits = commits;
        _logger = logger;
        _filters = [.. services.GetServices<IIncomingGrainCallFilter>()];
        _activate = ActivateAsync;
        Storage = storage;
        Time = time;
    }

    public string NodeId => _options.NodeId;

    public TimeProvider Time { get; }

    public int ActivationCount => _activations.Count;

    internal IStorageProvider Storage { get; }

    /// <summary>
    /// A reference to a grain of this runtime, or, for a grain that already moved to Orleans (its interface is an
    /// Orleans grain interface), Orleans' reference: callers need not know where a grain runs while the grains move.
    /// </summary>
    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrain =>
        typeof(global::Orleans.IGrainWithStringKey).IsAssignableFrom(typeof(TGrain))
            ? (TGrain)_services.GetRequiredService<global::Orleans.IGrainFactory>().GetGrain(typeof(TGrain), key)
            : GrainReference.Create<TGrain>(this, IdOf<TGrain>(key));

    /// <summary>The id of the grain that <see cref="GetGrain{TGrain}"/> calls for <paramref name="key"/>.</summary>
    public GrainId IdOf<TGrain>(string key) where TGrain : IGrain
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return new GrainId(_registry.ForInterface(typeof(TGrain)).TypeName, key);
    }

    /// <summary>Deactivates every activation unused for the configured idle age; returns how many.</summary>
    public async Task<int> CollectIdleAsync()
    {
        var now = Time.GetTimestamp();
        var collected = 0;
        foreach (var activation in _activations.Values)
        {
            if (activation.IsInUse || Time.GetElapsedTime(activation.LastUsed, now) < _options.IdleAge || !activation.TryEnterNow())
            {
                continue;
            }

            try
            {
                if (!activation.IsDeactivated)
                {
                    await DeactivateAsync(activation);
                    collected++;
                }
            }
            finally
            {
                activation.Exit();
            }
        }

        return collected;
    }

    /// <summary>Notes that another node changed a grain, so that its local activation reloads before its next call if it holds less.</summary>
    public void OnRemoteCommit(EventEnvelope committed)
    {
        // Compared at the next turn with what the activation holds then: a commit that arrives while the
        // activation is still loading may or may not be in what it read.
        if (committed.Node != NodeId && _activations.TryGetValue(committed.Grain, out var activation))
        {
            activation.NoteRemoteSequence(committed.Sequence);
        }
    }

    /// <summary>A write failed in a way that does not prove it did not commit (anything but a version conflict).</summary>
    internal void OnWriteOutcomeUnknown() => _commits.Notified(null);

    internal void OnCommitted(StateWrite write, WriteResult result)
    {
        if (result.Positions.Count == 0)
        {
            return;
        }

        var first = result.EventSequence - result.Positions.Count + 1;
        _commits.Pulse(result.Positions.Select((position, i) => new EventEnvelope(
            position, write.Grain, first + i, write.Events[i].Type, write.Events[i].Payload, write.Actor, write.Node, write.Time)));
    }

    internal Task<TResult> InvokeAsync<TResult>(GrainReference target, GrainMethod<TResult> method, object?[] arguments) =>
        _filters.Length == 0
            ? RunTurnAsync(target.GrainId, target, (method, arguments), static (instance, call) => call.method.InvokeAsync(instance, call.arguments))
            : RunFilteredAsync<TResult>(target.GrainId, method, arguments);

    internal Task InvokeAsync(GrainReference target, VoidGrainMethod method, object?[] arguments) =>
        _filters.Length == 0
            ? RunTurnAsync(target.GrainId, target, (method, arguments), static (instance, call) => call.method.InvokeUntypedAsync(instance, call.arguments))
            : RunFilteredAsync<object?>(target.GrainId, method, arguments);

    internal Task FireReminderAsync(Reminder reminder) =>
        RunTurnAsync<bool>(reminder.Grain, async instance =>
        {
            if (instance is not IRemindable remindable)
            {
                throw new InvalidOperationException($"Grain {reminder.Grain} has reminder '{reminder.Name}' but does not implement IRemindable.");
            }

            await remindable.ReceiveReminderAsync(reminder.Name, reminder.DueAt);
            return true;
        });

    internal async Task DeactivateAllAsync()
    {
        foreach (var activation in _activations.Values)
        {
            await DeactivateAsync(activation);
        }
    }

    private async Task<TResult> RunFilteredAsync<TResult>(GrainId grain, GrainMethod method, object?[] arguments) =>
        (TResult)(await RunTurnAsync(grain, async instance =>
        {
            var context = new IncomingGrainCallContext(grain, instance, method, arguments, _filters);
            await context.Invoke();
            return context.Result;
        }))!;

    private Task<TResult> RunTurnAsync<TResult>(GrainId grain, Func<Grain, Task<TResult>> body) =>
        RunTurnAsync(grain, null, body, static (instance, body) => body(instance));

    /// <summary>
    /// Runs one call in a turn of the grain's activation. The state argument spares a closure per call; the
    /// reference remembers the activation it last reached, sparing the directory lookup while it stays active.
    /// </summary>
    private async Task<TResult> RunTurnAsync<TState, TResult>(GrainId grain, GrainReference? reference, TState state, Func<Grain, TState, Task<TResult>> body)
    {
        var caller = CallChain.Current;
        while (true)
        {
            var activation = reference?.LastActivation is { IsDeactivated: false } last
                ? last
                : _activations.GetOrAdd(grain, static (id, registry) => new Activation(id, registry.ForName(id.Type)), _registry);
            activation.AddUser();
            try
            {
                if (!await activation.EnterAsync(_options.CallTimeout))
                {
                    throw new GrainCallTimeoutException(grain, CallChain.Describe(caller, grain), _options.CallTimeout);
                }

                try
                {
                    if (activation.IsDeactivated)
                    {
                        continue;
                    }

                    if (activation.IsStale)
                    {
                        await DeactivateAsync(activation);
                        continue;
                    }

                    var instance = await activation.GetInstanceAsync(_activate);
                    if (instance.KnownEventSequence < activation.RemoteSequence)
                    {
                        await DeactivateAsync(activation);
                        continue;
                    }

                    activation.Touch(Time.GetTimestamp());
                    if (reference is not null)
                    {
                        reference.LastActivation = activation;
                    }

                    CallChain.Current = new CallChain(grain, caller);
                    return await body(instance, state);
                }
                finally
                {
                    activation.Exit();
                }
            }
            finally
            {
                activation.RemoveUser();
            }
        }
    }

    private async Task<Grain> ActivateAsync(Activation activation)
    {
        try
        {
            var instance = (Grain)ActivatorUtilities.CreateInstance(_services, activation.Class.ClassType);
            instance.Bind(this, activation);
            await instance.LoadStateAsync(CancellationToken.None);
            await instance.OnActivateAsync(CancellationToken.None);
            activation.Touch(Time.GetTimestamp());
            return instance;
        }
        catch (Exception error)
        {
            activation.IsDeactivated = true;
            _activations.TryRemove(KeyValuePair.Create(activation.Grain, activation));
            _logger.ActivationFailed(error, activation.Grain);
            throw new GrainActivationException(activation.Grain, error);
        }
    }

    private async Task DeactivateAsync(Activation activation)
    {
        activation.IsDeactivated = true;
        _activations.TryRemove(KeyValuePair.Create(activation.Grain, activation));
        if (activation.Instance is { } instance)
        {
            try
            {
                await instance.OnDeactivateAsync(CancellationToken.None);
            }
            catch (Exception error)
            {
                // Deactivation must go on for the other grains; the failure is logged, not hidden.
                _logger.DeactivationFailed(error, activation.Grain);
            }
        }
    }
}
