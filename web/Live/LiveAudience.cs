using HeresHealthy.Grains;
using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Events;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Abstractions.Kiosk.Events;
using HeresHealthy.Grains.Abstractions.Lotsinnen.Events;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Silo;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Web.Live;

/// <summary>
/// The one place that decides who hears of a committed event, and what each audience sees of it: every push is a
/// view cut to its group. Live pushes and reconnect catch-up both use it.
/// </summary>
public sealed class LiveAudience(IGrainFactory grains, TimeProvider time)
{
    /// <summary>
    /// The pushes of one event, each as soon as it is known: the practice's view comes first, so that a
    /// practice is not kept waiting while the board and the kiosk are computed.
    /// </summary>
    public async IAsyncEnumerable<(string Group, LivePush Push)> PushesAsync(EventEnvelope envelope)
    {
        var pushes = EventCatalog.Read(envelope) switch
        {
            CaseEvent change => ForCaseAsync(envelope, change),
            AvailabilityChanged changed => ForAvailabilityAsync(envelope.Position, changed.LotsinId),
            CaseloadChanged changed => Lazily(async () => await BoardAsync(envelope.Position, null, await NetworkOfLotsinAsync(changed.LotsinId))),
            WorkshopScheduled scheduled => Lazily(() => WorkshopsAsync(envelope.Position, scheduled.Network)),
            WorkshopRegistrationAdded added => Lazily(() => WorkshopsAsync(envelope.Position, added.Network)),
            _ => Lazily(() => Task.FromResult<IReadOnlyList<(string, LivePush)>>([])),
        };
        await foreach (var push in pushes)
        {
            yield return push;
        }
    }

    private static async IAsyncEnumerable<(string, LivePush)> Lazily(Func<Task<IReadOnlyList<(string, LivePush)>>> pushes)
    {
        foreach (var push in await pushes())
        {
            yield return push;
        }
    }

    private async IAsyncEnumerable<(string, LivePush)> ForAvailabilityAsync(long position, string lotsinId)
    {
        var network = await NetworkOfLotsinAsync(lotsinId);
        foreach (var push in await BoardAsync(position, null, network))
        {
            yield return push;
        }

        foreach (var push in await PresenceAsync(position, network))
        {
            yield return push;
        }
    }

    private async IAsyncEnumerable<(string, LivePush)> ForCaseAsync(EventEnvelope envelope, CaseEvent change)
    {
        var caseId = envelope.Grain.Key;
        var position = envelope.Position;
        var grain = grains.GetGrain<IFamilyCaseGrain>(caseId);
        if (await grain.GetAudienceAsync() is not { } audience)
        {
            yield break;
        }

        yield return (LiveGroups.Practice(audience.PracticeId), new LivePush(position, "case", caseId, await grain.GetPracticeViewAsync(audience.PracticeId)));
        if (audience.Urgent && change is CaseReferred or CaseClaimed or ReferralWithdrawn or ConsentWithdrawn)
        {
            var offer = audience.Status == CaseStatus.Referred ? await grain.GetLotsinViewAsync("", audience.Network) : null;
            yield return (LiveGroups.OnDuty(audience.Network), new LivePush(position, "offer", caseId, offer));
        }

        if (audience.LotsinId is { } lotsin)
        {
            var topic = change is CaseAssigned or CaseReassigned ? "offer" : "case";
            yield return (LiveGroups.Lotsin(lotsin), new LivePush(position, topic, caseId, await grain.GetLotsinViewAsync(lotsin, audience.Network)));
        }

        if (FormerLotsin(change) is { } former && former != audience.LotsinId)
        {
            yield return (LiveGroups.Lotsin(former), new LivePush(position, "case", caseId, null));
        }

        foreach (var push in await BoardAsync(position, caseId, audience.Network))
        {
            yield return push;
        }

        if (change is AppointmentScheduled { AtKiosk: true } or ConsentWithdrawn or CaseClosed)
        {
            var today = await grains.GetGrain<IWorkloadBoardGrain>(audience.Network).GetKioskAppointmentsAsync(GermanTime.DateOf(time.GetUtcNow()));
            yield return (LiveGroups.Kiosk(audience.Network), new LivePush(position, "kiosk", null, today));
        }
    }

    private async Task<IReadOnlyList<(string, LivePush)>> BoardAsync(long position, string? caseId, string? network) =>
        network is null
            ? []
            : [(LiveGroups.Coordinator(network), new LivePush(position, "board", caseId, await grains.GetGrain<IWorkloadBoardGrain>(network).GetBoardAsync()))];

    private async Task<IReadOnlyList<(string, LivePush)>> PresenceAsync(long position, string? network) =>
        network is null
            ? []
            : [(LiveGroups.Practices(network), new LivePush(position, "presence", null, new { anyOnDuty = await grains.GetGrain<IWorkloadBoardGrain>(network).AnyOnDutyAsync() }))];

    private async Task<IReadOnlyList<(string, LivePush)>> WorkshopsAsync(long position, string network) =>
        [(LiveGroups.Kiosk(network), new LivePush(position, "workshops", null,
            await grains.GetGrain<IKioskGrain>(network).GetDayAsync(GermanTime.DateOf(time.GetUtcNow()))))];

    private async Task<string?> NetworkOfLotsinAsync(string lotsinId) =>
        (await grains.GetGrain<Grains.Abstractions.Lotsinnen.ILotsinGrain>(lotsinId).GetAsync())?.Profile.Network;

    private static string? FormerLotsin(CaseEvent change) => change switch
    {
        AssignmentDeclined e => e.LotsinId,
        CaseUnassigned e => e.LotsinId,
        CaseReassigned e => e.FromLotsinId,
        _ => null,
    };
}
