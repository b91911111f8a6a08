using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Silo;

namespace HeresHealthy.Grains.Cases;

/// <summary>
/// What a case command needs from other grains before it can be decided: a Lotsin's capacity (assign, claim,
/// reassign) or a help offer (onward referral); and, once committed, freeing the capacity of a Lotsin who let go.
/// The case only ever calls Lotsin and directory grains, which never call cases: no call cycle.
/// </summary>
internal sealed class CaseCollaboration
{
    private readonly IGrainFactory _grains;
    private readonly string? _reservedLotsin;
    private readonly string _caseId;

    private CaseCollaboration(IGrainFactory grains, string caseId, DecisionContext context, Refusal? refusal, string? reservedLotsin)
    {
        _grains = grains;
        _caseId = caseId;
        _reservedLotsin = reservedLotsin;
        Context = context;
        Refusal = refusal;
    }

    public DecisionContext Context { get; }

    public Refusal? Refusal { get; }

    public static async Task<CaseCollaboration> PrepareAsync(IGrainFactory grains, CaseState state, CaseCommand command, DecisionContext context)
    {
        switch (command)
        {
            case Assign assign:
                return await ReserveAsync(grains, state, context, assign.LotsinId, ReservationKind.Offer, assign.OverrideReason);
            case Reassign reassign:
                return await ReserveAsync(grains, state, context, reassign.LotsinId, ReservationKind.Offer, reassign.OverrideReason);
            case Claim claim:
                return await ReserveAsync(grains, state, context, claim.Actor.Id, ReservationKind.Claim, null);
            case ReferOnward onward:
                var offer = await grains.GetGrain<IHelpOfferDirectoryGrain>(state.Network).GetAsync(onward.OfferId);
                var missing = offer is null ? new Refusal(RefusalCode.NotFound, "Dieses Hilfeangebot gibt es im Netzwerk nicht.", state.Status.ToString(), "offerId") : null;
                return new CaseCollaboration(grains, context.CaseId, context with { Offer = offer }, missing, null);
            default:
                return new CaseCollaboration(grains, context.CaseId, context, null, null);
        }
    }

    /// <summary>After a commit: the Lotsin who held the case before and holds it no longer gets her capacity back.</summary>
    public static async Task ReleaseFormerLotsinAsync(IGrainFactory grains, CaseState before, CaseState after)
    {
        if (before.LotsinId is { } former && (after.LotsinId != former || after.Status == CaseStatus.Closed))
        {
            await grains.GetGrain<ILotsinGrain>(former).ReleaseAsync(after.CaseId);
        }
    }

    /// <summary>The commit failed: a capacity reserved for it is given back.</summary>
    public async Task UndoAsync()
    {
        if (_reservedLotsin is not null)
        {
            await _grains.GetGrain<ILotsinGrain>(_reservedLotsin).ReleaseAsync(_caseId);
        }
    }

    private static async Task<CaseCollaboration> ReserveAsync(
        IGrainFactory grains, CaseState state, DecisionContext context, string lotsinId, ReservationKind kind, string? overrideReason)
    {
        var reservation = await grains.GetGrain<ILotsinGrain>(lotsinId).ReserveAsync(context.CaseId, state.Network, kind, overrideReason);
        return reservation.Granted
            ? new CaseCollaboration(grains, context.CaseId, context with { LotsinName = reservation.LotsinName }, null, lotsinId)
            : new CaseCollaboration(grains, context.CaseId, context, (reservation.Refusal ?? new Refusal(RefusalCode.NotAvailable, "Die Lotsin kann den Fall nicht übernehmen.")) with { CurrentState = state.Status.ToString() }, null);
    }
}
