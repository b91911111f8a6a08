using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Cases.Events;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Grains.Abstractions.Practices;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Silo;
using HeresHealthy.Silo.Grains;
using HeresHealthy.Silo.Providers;
using Microsoft.Extensions.Options;

namespace HeresHealthy.Grains.Cases;

/// <summary>
/// A family case. Thin: asks the pure domain to decide, reserves or releases the Lotsin's capacity, persists the
/// state with the redacted event, and keeps durable reminders: one at the next deadline stage of an open case, one
/// at the end of the retention period of a closed case, when it is anonymised, and one that retries giving back a
/// former Lotsin's capacity should the silo die between the commit and the release. Each reminder's work is decided
/// from the state and the clock, so a tick that comes twice, late or elsewhere does nothing wrong.
/// </summary>
[GrainType("case")]
public sealed class FamilyCaseGrain(
    [PersistentState("case", OutboxGrainStorage.Name)] IPersistentState<FamilyCaseGrainState> state,
    TimeProvider time,
    IOptions<ProtocolOptions> options,
    IOptions<RetentionOptions> retention)
    : OutboxGrain<FamilyCaseGrainState>(state, time), IFamilyCaseGrain, ICaseProbe, IRemindableGrain
{
    private const string DeadlineReminder = "deadline";
    private const string RetentionReminder = "retention";
    private const string ReleaseReminder = "release";
    private ReminderSchedule? _reminders;

    private ReminderSchedule Reminders => _reminders ??= new ReminderSchedule(this, Time);

    private CaseState Case => State.Case;

    private DeadlinePolicy Policy => options.Value.DeadlinesFor(Case.Network);

    private DateTimeOffset? RetentionDue => Retention.DueAt(Case, retention.Value.ClosedCasesAfter);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A case closed before retention was built, or before its period was changed, gets its reminder now.
        if (RetentionDue is { } due)
        {
            await Reminders.SetAsync(RetentionReminder, due);
        }

        // A case referred before references existed gets one now, numbered in the year of its referral.
        if (Case.Status != CaseStatus.None && Case.Reference is null)
        {
            await RetryOnConflictAsync(AllocateReferenceAsync);
        }
    }

    private async Task<bool> AllocateReferenceAsync()
    {
        if (Case.Reference is not null)
        {
            return false;
        }

        var reference = await GrainFactory.GetGrain<ICaseReferenceGrain>(Case.Network).NextAsync(CaseReference.YearOf(Case.ReferredAt));
        var allocated = new CaseReferenceAllocated("reference", Time.GetUtcNow(), reference);
        State.Case = CaseEvolver.Evolve(Case, allocated);
        RaiseEvent(allocated);
        await WriteStateAsync();
        return true;
    }

    public Task<CommandResult> ExecuteAsync(CaseCommand command) => RetryOnConflictAsync(() => ExecuteOnceAsync(command));

    public Task<PracticeCaseView?> GetPracticeViewAsync(string practiceId) =>
        Task.FromResult(CaseViews.ForPractice(Case, practiceId, Time.GetUtcNow()));

    public async Task<LotsinCaseView?> GetLotsinViewAsync(string lotsinId, string network)
    {
        if ((Case.Network == network ? CaseViews.ForLotsin(Case, lotsinId, Policy) : null) is not { } view)
        {
            return null;
        }

        var practice = await GrainFactory.GetGrain<IPracticeGrain>(Case.PracticeId).GetAsync(); // never calls a case: no cycle
        return view with { PracticeName = practice?.Name, PracticePhone = practice?.Phone };
    }

    public Task<CoordinatorCaseView?> GetCoordinatorViewAsync(string network) => Task.FromResult(CaseViews.ForCoordinator(Case, network));

    public Task<string?> GetKioskNameAsync(string network) => Task.FromResult(CaseViews.ForKiosk(Case, network));

    public Task<CaseAudience?> GetAudienceAsync() => Task.FromResult(
        Case.Status == CaseStatus.None ? null : new CaseAudience(Case.Network, Case.PracticeId, Case.LotsinId, Case.Urgent, Case.Status));

    public Task<CaseState> GetStateAsync() => Task.FromResult(Case);

    public Task ReceiveReminder(string reminderName, TickStatus status) => FireDueAsync(reminderName);

    public async Task<bool> FireDueAsync(string name)
    {
        var now = Time.GetUtcNow();
        var due = name switch
        {
            ReleaseReminder => await RetryOnConflictAsync(ReleasePendingAsync),
            RetentionReminder when RetentionDue <= now || Case.AnonymisedAt is not null => (await RetryOnConflictAsync(() => ExecuteOnceAsync(new Anonymise("anonymise", Actor.System)))).Accepted,
            DeadlineReminder => await MarkOverdueAsync(now),
            _ => false,
        };
        Reminders.Forget(name); // it ticked: whatever this activation remembers of it, the table has it
        await ScheduleRemindersAsync(Case);
        if (name == ReleaseReminder && State.PendingReleases.Count == 0)
        {
            await Reminders.SetAsync(ReleaseReminder, null);
        }

        return due;
    }

    private async Task<bool> MarkOverdueAsync(DateTimeOffset now)
    {
        var marked = false;
        while (Deadlines.NextStage(Case, Policy) is { } stage && stage.At <= now)
        {
            var command = new MarkOverdue($"overdue:{stage.Obligation}:{stage.Stage}:{stage.DueAt:O}", Actor.System, stage.Obligation, stage.Stage, stage.DueAt);
            if (!(await RetryOnConflictAsync(() => ExecuteOnceAsync(command))).Accepted)
            {
                break;
            }

            marked = true;
        }

        return marked;
    }

    private async Task<CommandResult> ExecuteOnceAsync(CaseCommand command)
    {
        var current = Case;
        var context = new DecisionContext(Key, Time.GetUtcNow());
        if (State.Processed.TryGetValue(command.CommandId, out var sequence))
        {
            return RepeatOf(command, sequence, current, context.Now);
        }

        var places = command is Refer { Network: { Length: > 0 } network } && current.Status == CaseStatus.None
            ? await GrainFactory.GetGrain<INetworkGrain>(network).GetPlacesAsync()
            : null;
        context = context with { Places = places };
        if (CaseRules.Check(current, command, context.Now, places) is { } refusal)
        {
            return CommandResult.Refused(refusal);
        }

        var collaboration = await CaseCollaboration.PrepareAsync(GrainFactory, current, command, context);
        if (collaboration.Refusal is { } refused)
        {
            return CommandResult.Refused(refused);
        }

        var (decided, late) = CaseDecider.Decide(current, command, collaboration.Context);
        if (decided is null)
        {
            await collaboration.UndoAsync();
            return CommandResult.Refused(late ?? new Refusal(RefusalCode.InvalidState, "Der Befehl wurde nicht ausgeführt.", current.Status.ToString()));
        }

        var next = CaseEvolver.Evolve(current, decided);
        var former = CaseCollaboration.FormerLotsin(current, next);
        HeresHealthy.Silo.Storage.AuditEntry? audit;
        try
        {
            await ScheduleRemindersAsync(next);
            if (former is not null)
            {
                await Reminders.SetAsync(ReleaseReminder, context.Now + ReminderSchedule.Retry);
                State.PendingReleases.Add(former);
            }

            State.Case = next;
            State.Processed[command.CommandId] = EventSequence + 1;
            State.ProcessedBy[command.CommandId] = command.Actor.ToString();
            RaiseEvent(decided.Redacted());
            audit = AuditClaim.Peek(Key, context.Now);
            if (audit is not null)
            {
                State.Audit.Add(audit);
            }

            await WriteStateAsync();
        }
        catch
        {
            await collaboration.UndoAsync();
            throw;
        }

        if (audit is not null)
        {
            AuditClaim.Taken();
        }

        var committed = EventSequence;
        await ReleasePendingAsync();
        return CommandResult.Done(committed) with { Audited = audit is not null };
    }

    /// <summary>Gives back the capacity the case still owes (see <see cref="FamilyCaseGrainState.PendingReleases"/>), then forgets it.</summary>
    private async Task<bool> ReleasePendingAsync()
    {
        if (State.PendingReleases.Count == 0)
        {
            return false;
        }

        await CaseCollaboration.ReleaseAsync(GrainFactory, Case, State.PendingReleases);
        State.PendingReleases.Clear();
        await WriteStateAsync();
        await Reminders.SetAsync(ReleaseReminder, null);
        return true;
    }

    /// <summary>
    /// A command id this case has carried out: a repeat for its issuer; for anybody else the refusal their command
    /// would get (an outsider learns nothing, not even that the case exists), or, for a party, that the id is taken.
    /// </summary>
    private CommandResult RepeatOf(CaseCommand command, long sequence, CaseState current, DateTimeOffset now)
    {
        var sameIssuer = State.ProcessedBy.TryGetValue(command.CommandId, out var issuer)
            ? issuer == command.Actor.ToString()
            : CaseRules.IsParty(current, command);
        return sameIssuer
            ? CommandResult.Done(sequence, repeated: true)
            : CommandResult.Refused(CaseRules.Check(current, command, now)
                ?? new Refusal(RefusalCode.InvalidInput, "Diese Befehlskennung ist schon vergeben.", current.Status.ToString(), "commandId"));
    }

    /// <summary>Moves each reminder to its next due time before the state is written, so that none is ever missed.</summary>
    private async Task ScheduleRemindersAsync(CaseState next)
    {
        await Reminders.SetAsync(DeadlineReminder, Deadlines.NextStage(next, Policy)?.At);
        await Reminders.SetAsync(RetentionReminder, Retention.DueAt(next, retention.Value.ClosedCasesAfter));
    }
}
