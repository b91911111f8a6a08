using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Storage;
using HeresHealthy.Silo;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace HeresHealthy.Grains.Board;

/// <summary>
/// The coordinator's live board of one network, one activation in the cluster. Not persisted: on activation it reads
/// the outbox from the start, then the dispatcher of the silo it lives on feeds it every new commit (that silo hears
/// the other silos' commits by NOTIFY). A command's answer waits until its event is folded in (<see cref="WaitForAsync"/>),
/// so a list read on any node right after a command shows it. Reentrant: every method but the activation runs without
/// an await, so calls interleave only between whole folds, and a waiting command does not hold up the feed.
/// </summary>
[GrainType("board")]
[Reentrant]
public sealed class WorkloadBoardGrain(IStorageProvider storage, BoardFeed feed, TimeProvider time, IOptions<ProtocolOptions> options)
    : Grain, IWorkloadBoardGrain, IBoardProjectionGrain
{
    /// <summary>How long a command's answer waits for its event at most (the commit stands either way).</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    private readonly List<(StateId Grain, long Sequence, TaskCompletionSource Folded)> _waiting = [];
    private BoardProjection? _projection;

    private string Key => this.GetPrimaryKeyString();

    private BoardProjection Projection => _projection ?? throw new InvalidOperationException("The board is not activated.");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        feed.Register(Key);
        _projection = new BoardProjection(Key, options.Value.DeadlinesFor(Key));
        var log = new EventFeed(storage.Events, 1);
        var head = await storage.Events.ReadHeadAsync(cancellationToken);
        while (log.NextPosition <= head)
        {
            var page = await log.ReadAsync(1000, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var envelope in page)
            {
                _projection.Apply(envelope);
            }
        }

        WakeCasesWithoutReference();
    }

    /// <summary>
    /// Open cases referred before references existed get theirs when their grain is next activated: the board activates
    /// them once, right after its own activation (a timer of this activation: lost with it, done again by the next),
    /// so that the coordinator does not see "ohne Fallnummer" until somebody happens to open them. A case never calls
    /// the board: no call cycle.
    /// </summary>
    private void WakeCasesWithoutReference()
    {
        var waiting = Projection.Cases.Values.Where(c => c.IsOpen && c.Reference is null).Select(c => c.CaseId).ToList();
        if (waiting.Count > 0)
        {
            this.RegisterGrainTimer(
                async (ids, _) => await Task.WhenAll(ids.Select(id => GrainFactory.GetGrain<IFamilyCaseGrain>(id).GetAudienceAsync())),
                waiting,
                new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = true });
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        feed.Unregister(Key);
        return Task.CompletedTask;
    }

    public Task ApplyAsync(IReadOnlyList<EventEnvelope> events)
    {
        foreach (var envelope in events)
        {
            Projection.Apply(envelope);
        }

        _waiting.RemoveAll(waiter => Projection.HasApplied(waiter.Grain, waiter.Sequence) && waiter.Folded.TrySetResult());
        return Task.CompletedTask;
    }

    public async Task WaitForAsync(string stateName, string key, long sequence)
    {
        var grain = new StateId(stateName, key);
        if (Projection.HasApplied(grain, sequence))
        {
            return;
        }

        var folded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting.Add((grain, sequence, folded));
        if (await Task.WhenAny(folded.Task, Task.Delay(MaxWait)) != folded.Task) // real time: a safety limit, not the protocol's clock
        {
            _waiting.RemoveAll(waiter => waiter.Folded == folded);
        }
    }

    public Task<BoardView> GetBoardAsync() => Task.FromResult(Projection.View(time.GetUtcNow()));

    public Task<IReadOnlyList<string>> GetCasesOfPracticeAsync(string practiceId) => Task.FromResult(Projection.CasesOfPractice(practiceId));

    public Task<IReadOnlyList<string>> GetCasesOfLotsinAsync(string lotsinId) => Task.FromResult(Projection.CasesOfLotsin(lotsinId));

    public Task<IReadOnlyList<AssignmentSuggestion>> SuggestAsync(string caseId) =>
        Task.FromResult(Projection.Cases.TryGetValue(caseId, out var state)
            ? AssignmentSuggestions.Rank(state, Projection.Lotsinnen.Values)
            : (IReadOnlyList<AssignmentSuggestion>)[]);

    public Task<IReadOnlyList<KioskAppointment>> GetKioskAppointmentsAsync(DateOnly first, DateOnly last) => Task.FromResult(Projection.KioskAppointments(first, last));

    public Task<bool> AnyOnDutyAsync() => Task.FromResult(Projection.Lotsinnen.Values.Any(l => l.Availability == Availability.OnDuty));
}
