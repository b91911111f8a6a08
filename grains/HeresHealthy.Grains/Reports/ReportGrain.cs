using HeresHealthy.Grains.Abstractions.Reports;
using HeresHealthy.Silo.Events;
using HeresHealthy.Silo.Grains;
using HeresHealthy.Silo.Providers;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Grains.Reports;

/// <summary>
/// The anonymous report facts of one network, persisted (state <c>reports</c>) so that they outlive the erasure of the
/// cases. Fed by the silo's dispatcher while active; on activation, before each report and after a gap in the feed it
/// reads the outbox from the last folded position, so a report always includes every event committed before it.
/// </summary>
[GrainType("reports")]
public sealed class ReportGrain(
    [PersistentState("reports", OutboxGrainStorage.Name)] IPersistentState<ReportState> state,
    IStorageProvider storage,
    ReportFeed feed,
    TimeProvider time)
    : OutboxGrain<ReportState>(state, time), IReportGrain, IReportProjectionGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        feed.Register(Key);
        await CatchUpAsync(cancellationToken);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        feed.Unregister(Key);
        return Task.CompletedTask;
    }

    public async Task ApplyAsync(IReadOnlyList<EventEnvelope> events)
    {
        if (events.Count > 0 && events[0].Position > State.Position + 1)
        {
            await CatchUpAsync(CancellationToken.None); // events this activation has not heard of: read them in order first
        }

        await FoldAsync(events);
    }

    public async Task<ReportView> GetReportAsync(ReportPeriod period, ReportBreakdown by)
    {
        await CatchUpAsync(CancellationToken.None);
        return WorkshopReport.With(ReportBuilder.Build(State.Facts.Values, period, by), State.Workshops.Values, period);
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var log = new EventFeed(storage.Events, State.Position + 1);
        while (true)
        {
            var page = await log.ReadAsync(1000, cancellationToken);
            if (page.Count == 0)
            {
                return;
            }

            await FoldAsync(page);
        }
    }

    private async Task FoldAsync(IReadOnlyList<EventEnvelope> events)
    {
        var changed = false;
        foreach (var envelope in events)
        {
            changed |= ReportFolding.Apply(State, Key, envelope);
        }

        if (changed)
        {
            await WriteStateAsync();
        }
    }
}
