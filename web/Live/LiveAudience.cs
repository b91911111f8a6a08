using HeresHealthy.Grains;
using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Events;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.HelpOffers.Events;
using HeresHealthy.Grains.Abstractions.Kiosk;
using HeresHealthy.Grains.Abstractions.Lotsinnen.Events;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Web.Live;

/// <summary>
/// The one place that decides who hears of a committed event, and what each audience sees of it: every push is a
/// view cut to its group. Live pushes and reconnect catch-up both use it.
/// </summary>
public sealed class LiveAudience(IGrainFactory grains, TimeProvider time)
{
    /// <summary>
    /// The pushes of one event to the groups that <paramref name="wanted"/> accepts, each as soon as it is known: the
    /// practice's view comes first, so that a practice is not kept waiting while the board and the kiosk are computed.
    /// A view is computed only for a wanted group.
    /// </summary>
    public IAsyncEnumerable<(string Group, LivePush Push)> PushesAsync(EventEnvelope envelope, Func<string, bool> wanted) =>
        EventCatalog.Read(envelope) switch
        {
            CaseEvent change => ForCaseAsync(envelope, change, wanted),
            AvailabilityChanged changed => ForAvailabilityAsync(envelope.Position, changed.LotsinId, wanted),
            CaseloadChanged changed => ForCaseloadAsync(envelope.Position, changed.LotsinId, wanted),
            HelpOfferRegistered registered => ForHelpOffersAsync(envelope.Position, registered.Network, wanted),
            IWorkshopEvent change => ForWorkshopsAsync(envelope.Position, change.Network, wanted),
            _ => AsyncEnumerable.Empty<(string, LivePush)>(),
        };

    private async IAsyncEnumerable<(string, LivePush)> ForAvailabilityAsync(long position, string lotsinId, Func<string, bool> wanted)
    {
        if (await NetworkOfLotsinAsync(lotsinId) is not { } network)
        {
            yield break;
        }

        if (wanted(LiveGroups.Coordinator(network)))
        {
            yield return await BoardAsync(position, null, network);
        }

        if (wanted(LiveGroups.Practices(network)))
        {
            var anyOnDuty = await grains.GetGrain<IWorkloadBoardGrain>(network).AnyOnDutyAsync();
            yield return (LiveGroups.Practices(network), new LivePush(position, "presence", null, new { anyOnDuty }));
        }
    }

    private async IAsyncEnumerable<(string, LivePush)> ForCaseloadAsync(long position, string lotsinId, Func<string, bool> wanted)
    {
        if (await NetworkOfLotsinAsync(lotsinId) is { } network && wanted(LiveGroups.Coordinator(network)))
        {
            yield return await BoardAsync(position, null, network);
        }
    }

    private async IAsyncEnumerable<(string, LivePush)> ForCaseAsync(EventEnvelope envelope, CaseEvent change, Func<string, bool> wanted)
    {
        var caseId = envelope.Grain.Key;
        var position = envelope.Position;
        var grain = grains.GetGrain<IFamilyCaseGrain>(caseId);
        if (await grain.GetAudienceAsync() is not { } audience)
        {
            yield break;
        }

        if (wanted(LiveGroups.Practice(audience.PracticeId)))
        {
            yield return (LiveGroups.Practice(audience.PracticeId), new LivePush(position, "case", caseId, await grain.GetPracticeViewAsync(audience.PracticeId)));
        }

        if (audience.Urgent && change is CaseReferred or CaseClaimed or ReferralWithdrawn or ConsentWithdrawn && wanted(LiveGroups.OnDuty(audience.Network)))
        {
            var offer = audience.Status == CaseStatus.Referred ? await grain.GetLotsinViewAsync("", audience.Network) : null;
            yield return (LiveGroups.OnDuty(audience.Network), new LivePush(position, "offer", caseId, offer));
        }

        if (audience.LotsinId is { } lotsin && wanted(LiveGroups.Lotsin(lotsin)))
        {
            var topic = change is CaseAssigned or CaseReassigned ? "offer" : "case";
            yield return (LiveGroups.Lotsin(lotsin), new LivePush(position, topic, caseId, await grain.GetLotsinViewAsync(lotsin, audience.Network)));
        }

        if (FormerLotsin(change) is { } former && former != audience.LotsinId && wanted(LiveGroups.Lotsin(former)))
        {
            yield return (LiveGroups.Lotsin(former), new LivePush(position, "case", caseId, null));
        }

        if (wanted(LiveGroups.Coordinator(audience.Network)))
        {
            yield return await BoardAsync(position, caseId, audience.Network);
        }

        if (change is AppointmentScheduled { AtKiosk: true } or DisplayNameSet or CaseReassigned or ConsentWithdrawn or CaseClosed)
        {
            await foreach (var push in KioskAsync(position, audience.Network, wanted))
            {
                yield return push;
            }
        }
    }

    /// <summary>
    /// A change of the directory: the Lotsinnen and the coordinator get every offer (inactive ones stay on cases), the
    /// practices the active ones, which their referral form's consent may name.
    /// </summary>
    private async IAsyncEnumerable<(string, LivePush)> ForHelpOffersAsync(long position, string network, Func<string, bool> wanted)
    {
        var directory = grains.GetGrain<IHelpOfferDirectoryGrain>(network);
        foreach (var group in new[] { LiveGroups.Lotsinnen(network), LiveGroups.Coordinator(network) }.Where(wanted))
        {
            yield return (group, new LivePush(position, "helpoffers", null, await directory.GetAllAsync()));
        }

        if (wanted(LiveGroups.Practices(network)))
        {
            yield return (LiveGroups.Practices(network), new LivePush(position, "helpoffers", null, await directory.GetActiveAsync()));
        }
    }

    private async Task<(string, LivePush)> BoardAsync(long position, string? caseId, string network) =>
        (LiveGroups.Coordinator(network), new LivePush(position, "board", caseId, await grains.GetGrain<IWorkloadBoardGrain>(network).GetBoardAsync()));

    /// <summary>The kiosk's week from today (appointments and workshops): any change to either pushes the whole week.</summary>
    private async IAsyncEnumerable<(string, LivePush)> KioskAsync(long position, string network, Func<string, bool> wanted)
    {
        if (wanted(LiveGroups.Kiosk(network)))
        {
            var week = await grains.GetGrain<IKioskGrain>(network).GetWeekAsync(GermanTime.Today(time));
            yield return (LiveGroups.Kiosk(network), new LivePush(position, "kiosk", null, week));
        }
    }

    /// <summary>A change of the workshops: the kiosk's week, and the planning for the kiosk staff and the coordinator.</summary>
    private async IAsyncEnumerable<(string, LivePush)> ForWorkshopsAsync(long position, string network, Func<string, bool> wanted)
    {
        await foreach (var push in KioskAsync(position, network, wanted))
        {
            yield return push;
        }

        string[] planners = [LiveGroups.Kiosk(network), LiveGroups.Coordinator(network)];
        if (planners.Any(wanted))
        {
            var today = GermanTime.Today(time);
            var workshops = await grains.GetGrain<IKioskGrain>(network).GetWorkshopsAsync(today.AddDays(-Api.WorkshopApi.DaysBack), today.AddDays(Api.WorkshopApi.DaysAhead));
            foreach (var group in planners.Where(wanted))
            {
                yield return (group, new LivePush(position, "workshops", null, workshops));
            }
        }
    }

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
