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
    public async Task<IReadOnlyList<(string Group, LivePush Push)>> PushesAsync(EventEnvelope envelope) =>
        EventCatalog.Read(envelope) switch
        {
            CaseEvent change => await ForCaseAsync(envelope, change),
            AvailabilityChanged changed => [.. await BoardAsync(envelope.Position, null, await NetworkOfLotsinAsync(changed.LotsinId)),
                .. await PresenceAsync(envelope.Position, await NetworkOfLotsinAsync(changed.LotsinId))],
            CaseloadChanged changed => await BoardAsync(envelope.Position, null, await NetworkOfLotsinAsync(changed.LotsinId)),
            WorkshopScheduled scheduled => await WorkshopsAsync(envelope.Position, scheduled.Network),
            WorkshopRegistrationAdded added => await WorkshopsAsync(envelope.Position, added.Network),
            _ => [],
        };

    private async Task<IReadOnlyList<(string, LivePush)>> ForCaseAsync(EventEnvelope envelope, CaseEvent change)
    {
        var caseId = envelope.Grain.Key;
        var position = envelope.Position;
        var grain = grains.GetGrain<IFamilyCaseGrain>(caseId);
        if (await grain.GetAudienceAsync() is not { } audience)
        {
            return [];
        }

        var pushes = new List<(string, LivePush)>
        {
            (LiveGroups.Practice(audience.PracticeId), new LivePush(position, "case", caseId, await grain.GetPracticeViewAsync(audience.PracticeId))),
        };
        if (audience.Urgent && change is CaseReferred or CaseClaimed or ReferralWithdrawn or ConsentWithdrawn)
        {
            var offer = audience.Status == CaseStatus.Referred ? await grain.GetLotsinViewAsync("", audience.Network) : null;
            pushes.Add((LiveGroups.OnDuty(audience.Network), new LivePush(position, "offer", caseId, offer)));
        }

        if (audience.LotsinId is { } lotsin)
        {
            var topic = change is CaseAssigned or CaseReassigned ? "offer" : "case";
            pushes.Add((LiveGroups.Lotsin(lotsin), new LivePush(position, topic, caseId, await grain.GetLotsinViewAsync(lotsin, audience.Network))));
        }

        if (FormerLotsin(change) is { } former && former != audience.LotsinId)
        {
            pushes.Add((LiveGroups.Lotsin(former), new LivePush(position, "case", caseId, null)));
        }

        pushes.AddRange(await BoardAsync(position, caseId, audience.Network));
        if (change is AppointmentScheduled { AtKiosk: true } or ConsentWithdrawn or CaseClosed)
        {
            var today = await grains.GetGrain<IWorkloadBoardGrain>(audience.Network).GetKioskAppointmentsAsync(GermanTime.DateOf(time.GetUtcNow()));
            pushes.Add((LiveGroups.Kiosk(audience.Network), new LivePush(position, "kiosk", null, today)));
        }

        return pushes;
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
