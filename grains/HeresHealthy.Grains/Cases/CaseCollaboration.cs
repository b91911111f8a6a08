using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.HelpOffers;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains.Cases;

/// <summary>
/// What a case command needs from other grains before it can be decided: a Lotsin's capacity (assign, claim,
/// reassign), a help offer (onward referral, extension of the consent) or a new case's reference (refer); and, once committed, freeing the capacity of a Lotsin who let go.
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
                return await FindOfferAsync(grains, state, context, onward.OfferId);
            case ExtendConsent extend:
                return await FindOfferAsync(grains, state, context, extend.OfferId);
            case Refer refer:
                var reference = await grains.GetGrain<ICaseReferenceGrain>(refer.Network).NextAsync(CaseReference.YearOf(context.Now));
                return new CaseCollaboration(grains, context.CaseId, context with { Reference = reference }, null, null);
            default:
                return new CaseCollaboration(grains, context.CaseId, context, null, null);
        }
    }

    /// <summary>The Lotsin who held the case before a transition and holds it no longer, if any: her capacity is to be given back.</summary>
    public static string? FormerLotsin(CaseState before, CaseState after) =>
        before.LotsinId is { } former && Holds(before, former) && !Holds(after, former) ? former : null;

    /// <summary>
    /// Gives back the capacity of each Lotsin who let go of the case, unless she holds it again by now (then her count
    /// is right as it is). Idempotent: the Lotsin releases a case she does not count as a no-op.
    /// </summary>
    public static async Task ReleaseAsync(IGrainFactory grains, CaseState state, IEnumerable<string> lotsinnen)
    {
        foreach (var lotsin in lotsinnen.Where(l => !Holds(state, l)))
        {
            await grains.GetGrain<ILotsinGrain>(lotsin).ReleaseAsync(state.CaseId);
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

    private static bool Holds(CaseState state, string lotsinId) => state.LotsinId == lotsinId && state.Status != CaseStatus.Closed;

    /// <summary>A help offer named by a command must be in the network's directory and active (an inactive one stays only where it was named before).</summary>
    private static async Task<CaseCollaboration> FindOfferAsync(IGrainFactory grains, CaseState state, DecisionContext context, string offerId)
    {
        var offer = await grains.GetGrain<IHelpOfferDirectoryGrain>(state.Network).GetAsync(offerId);
        var refusal = offer switch
        {
            null => new Refusal(RefusalCode.NotFound, "Dieses Hilfeangebot gibt es im Netzwerk nicht.", state.Status.ToString(), "offerId"),
            { Active: false } => new Refusal(RefusalCode.InvalidInput, "Dieses Hilfeangebot ist nicht mehr aktiv; bitte wählen Sie ein anderes.", state.Status.ToString(), "offerId"),
            _ => null,
        };
        return new CaseCollaboration(grains, context.CaseId, context with { Offer = offer }, refusal, null);
    }

    private static async Task<CaseCollaboration> ReserveAsync(
        IGrainFactory grains, CaseState state, DecisionContext context, string lotsinId, ReservationKind kind, OverrideReason? overrideReason)
    {
        var reservation = await grains.GetGrain<ILotsinGrain>(lotsinId).ReserveAsync(context.CaseId, state.Network, kind, overrideReason);
        return reservation.Granted
            ? new CaseCollaboration(grains, context.CaseId, context with { LotsinName = reservation.LotsinName }, null, lotsinId)
            : new CaseCollaboration(grains, context.CaseId, context, (reservation.Refusal ?? new Refusal(RefusalCode.NotAvailable, "Die Lotsin kann den Fall nicht übernehmen.")) with { CurrentState = state.Status.ToString() }, null);
    }
}
