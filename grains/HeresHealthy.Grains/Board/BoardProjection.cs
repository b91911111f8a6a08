using HeresHealthy.Grains.Abstractions.Board;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Events;
using HeresHealthy.Grains.Abstractions.Lotsinnen;
using HeresHealthy.Grains.Abstractions.Lotsinnen.Events;
using HeresHealthy.Grains.Abstractions.Practices;
using HeresHealthy.Grains.Abstractions.Practices.Events;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Grains.Board;

/// <summary>
/// The read model of one network, folded from published (redacted) events with the case's own evolve function:
/// the same rules, no personal data. Applying is idempotent by position. Anonymised cases still count as closed but
/// leave the practice's and the Lotsin's case lists: there is nothing left to work on.
/// </summary>
public sealed class BoardProjection(string network, DeadlinePolicy policy)
{
    private readonly ActiveCasesSeries _active = new();
    private readonly Dictionary<string, CaseState> _cases = [];
    private readonly Dictionary<string, LotsinLoad> _lotsinnen = [];
    private readonly Dictionary<string, PracticeProfile> _practices = [];
    private readonly Dictionary<Silo.StateId, long> _sequences = [];

    public long Position { get; private set; }

    private IEnumerable<CaseState> Listed => _cases.Values.Where(c => c.AnonymisedAt is null);

    public IReadOnlyDictionary<string, CaseState> Cases => _cases;

    public IReadOnlyDictionary<string, LotsinLoad> Lotsinnen => _lotsinnen;

    public void Apply(EventEnvelope envelope)
    {
        if (envelope.Position <= Position)
        {
            return;
        }

        Position = envelope.Position;
        _sequences[envelope.Grain] = envelope.Sequence;
        switch (EventCatalog.Read(envelope))
        {
            case CaseReferred referred when referred.Network == network:
                _cases[envelope.Grain.Key] = CaseEvolver.Evolve(new CaseState(), referred);
                break;
            case CaseEvent change when _cases.TryGetValue(envelope.Grain.Key, out var state):
                _cases[envelope.Grain.Key] = CaseEvolver.Evolve(state, change);
                break;
            case LotsinRegistered { Profile: var p } when p.Network == network:
                _lotsinnen[p.Id] = new LotsinLoad(p.Id, p.Name, p.Organisation, _lotsinnen.GetValueOrDefault(p.Id)?.Availability ?? Availability.OffDuty,
                    _lotsinnen.GetValueOrDefault(p.Id)?.Active ?? 0, p.Capacity, p.Languages, p.Districts);
                break;
            case AvailabilityChanged changed when _lotsinnen.TryGetValue(changed.LotsinId, out var load):
                _lotsinnen[changed.LotsinId] = load with { Availability = changed.Availability };
                break;
            case CaseloadChanged changed when _lotsinnen.TryGetValue(changed.LotsinId, out var load):
                _lotsinnen[changed.LotsinId] = load with { Active = changed.Active, Capacity = changed.Capacity };
                break;
            case PracticeRegistered { Profile: var p } when p.Network == network:
                _practices[p.Id] = p;
                break;
        }

        _active.Record(envelope.Time, _lotsinnen.Values.Sum(l => l.Active));
    }

    /// <summary>Whether the event with <paramref name="sequence"/> of <paramref name="grain"/> is folded in (or a later one).</summary>
    public bool HasApplied(Silo.StateId grain, long sequence) => _sequences.GetValueOrDefault(grain) >= sequence;

    public BoardView View(DateTimeOffset now)
    {
        var open = _cases.Values.Where(c => c.IsOpen).ToList();
        return new BoardView(
            network,
            Position,
            [.. open.Where(c => c.Status is CaseStatus.Referred or CaseStatus.Assigned)
                .OrderByDescending(c => c.Urgent).ThenBy(c => c.ReferredAt)
                .Select(c => Queued(c, now, c.Status == CaseStatus.Assigned ? c.LotsinId : null))],
            [.. _lotsinnen.Values.OrderBy(l => l.Name, StringComparer.Ordinal)],
            [.. open.SelectMany(c => c.Overdue.Select(f => new OverdueItem(c.CaseId, f.Obligation, f.Stage, f.DueAt, c.LotsinId, c.Status, c.Reference)))
                .OrderBy(o => o.DueAt)],
            [.. open.Where(c => c.HasResponsibleLotsin).OrderBy(c => c.ReferredAt).Select(c => Queued(c, now, c.LotsinId))],
            open.Count,
            _cases.Count - open.Count,
            _active.Today(now));
    }

    private QueuedCase Queued(CaseState c, DateTimeOffset now, string? lotsinId) =>
        new(c.CaseId, c.Status, c.PracticeId, c.Municipality, c.District, c.Needs, c.Language, c.Urgent, c.ReferredAt, now - c.ReferredAt, lotsinId, c.Reference,
            _practices.GetValueOrDefault(c.PracticeId)?.Name, Deadlines.DueOfWaiting(c, policy), c.StatusSince);

    public IReadOnlyList<string> CasesOfPractice(string practiceId) =>
        [.. Listed.Where(c => c.PracticeId == practiceId).OrderByDescending(c => c.ReferredAt).Select(c => c.CaseId)];

    public IReadOnlyList<string> CasesOfLotsin(string lotsinId)
    {
        var onDuty = _lotsinnen.GetValueOrDefault(lotsinId)?.Availability == Availability.OnDuty;
        return [.. Listed
            .Where(c => c.LotsinId == lotsinId || (onDuty && c.Status == CaseStatus.Referred && c.Urgent))
            .OrderByDescending(c => c.Urgent && c.IsOpen).ThenByDescending(c => c.ReferredAt)
            .Select(c => c.CaseId)];
    }

    /// <summary>The kiosk appointments of open cases from <paramref name="first"/> to <paramref name="last"/> (German dates, both included); a closed case's leave.</summary>
    public IReadOnlyList<KioskAppointment> KioskAppointments(DateOnly first, DateOnly last) =>
        [.. _cases.Values
            .Where(c => c.IsOpen)
            .SelectMany(c => c.Appointments.Where(a => a.AtKiosk && GermanTime.DateOf(a.At) is var day && day >= first && day <= last)
                .Select(a => new KioskAppointment(a.Id, a.At, c.LotsinName ?? "", c.Reference ?? "", null, c.CaseId)))
            .OrderBy(a => a.At)];
}
