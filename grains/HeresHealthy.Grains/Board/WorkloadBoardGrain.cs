using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Storage;
using Orleans.Concurrency;

namespace HeresHealthy.Grains.Board;

/// <summary>
/// The coordinator's live board of one network. Not persisted: on activation it reads the outbox from the start,
/// then the silo's dispatcher feeds it every new commit. Every silo holds its own (a stateless worker of one
/// activation per silo), all folded from the same log, so a read never leaves the silo that answers it.
/// </summary>
[GrainType("board")]
[StatelessWorker(1)]
public sealed class WorkloadBoardGrain(IStorageProvider storage, BoardFeed feed, TimeProvider time)
    : Grain, IWorkloadBoardGrain, IBoardProjectionGrain
{
    private BoardProjection? _projection;

    private string Key => this.GetPrimaryKeyString();

    private BoardProjection Projection => _projection ?? throw new InvalidOperationException("The board is not activated.");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        feed.Register(Key);
        _projection = new BoardProjection(Key);
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

        return Task.CompletedTask;
    }

    public Task<BoardView> GetBoardAsync() => Task.FromResult(Projection.View(time.GetUtcNow()));

    public Task<IReadOnlyList<string>> GetCasesOfPracticeAsync(string practiceId) => Task.FromResult(Projection.CasesOfPractice(practiceId));

    public Task<IReadOnlyList<string>> GetCasesOfLotsinAsync(string lotsinId) => Task.FromResult(Projection.CasesOfLotsin(lotsinId));

    public Task<IReadOnlyList<AssignmentSuggestion>> SuggestAsync(string caseId) =>
        Task.FromResult(Projection.Cases.TryGetValue(caseId, out var state)
            ? AssignmentSuggestions.Rank(state, Projection.Lotsinnen.Values)
            : (IReadOnlyList<AssignmentSuggestion>)[]);

    public Task<IReadOnlyList<KioskAppointment>> GetKioskAppointmentsAsync(DateOnly day) => Task.FromResult(Projection.KioskAppointments(day));

    public Task<bool> AnyOnDutyAsync() => Task.FromResult(Projection.Lotsinnen.Values.Any(l => l.Availability == Availability.OnDuty));
}
