using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Cases.Views;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Silo;
using Microsoft.Extensions.Options;

namespace HeresHealthy.Grains.Cases;

/// <summary>
/// A family case. Thin: asks the pure domain to decide, reserves or releases the Lotsin's capacity, persists the
/// state with the redacted event, and keeps durable reminders: one at the next deadline stage of an open case, one
/// at the end of the retention period of a closed case, when it is anonymised, and one that retries giving back a
/// former Lotsin's capacity should the node die between the commit and the release.
/// </summary>
[GrainType("case")]
public sealed class FamilyCaseGrain(IOptions<ProtocolOptions> options, IOptions<RetentionOptions> retention)
    : Grain<FamilyCaseGrainState>, IFamilyCaseGrain, ICaseProbe, IRemindable
{
    private const string DeadlineReminder = "deadline";
    private const string RetentionReminder = "retention";
    private const string ReleaseReminder = "release";
    private static readonly TimeSpan ReleaseRetry = TimeSpan.FromMinutes(1);
    private readonly Dictionary<string, DateTimeOffset?> _scheduled = [];

    private CaseState Case => State.Case;

    private DeadlinePolicy Policy => options.Value.DeadlinesFor(Case.Network);

    private DateTimeOffset? RetentionDue => Retention.DueAt(Case, retention.Value.ClosedCasesAfter);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var reminder in await GetRemindersAsync())
        {
            _scheduled[reminder.Name] = reminder.DueAt;
        }

        // A case closed before retention was built, or before its period was changed, gets its reminder now.
        await ScheduleAsync(RetentionReminder, RetentionDue);
    }

    public Task<CommandResult> ExecuteAsync(CaseCommand command) => RetryOnConflictAsync(() => ExecuteOnceAsync(command));

    public Task<PracticeCaseView?> GetPracticeViewAsync(string practiceId) =>
        Task.FromResult(CaseViews.ForPractice(Case, practiceId, Time.GetUtcNow()));

    public Task<LotsinCaseView?> GetLotsinViewAsync(string lotsinId, string network) =>
        Task.FromResult(Case.Network == network ? CaseViews.ForLotsin(Case, lotsinId, Policy) : null);

    public Task<CoordinatorCaseView?> GetCoordinatorViewAsync(string network) => Task.FromResult(CaseViews.ForCoordinator(Case, network));

    public Task<CaseAudience?> GetAudienceAsync() => Task.FromResult(
        Case.Status == CaseStatus.None ? null : new CaseAudience(Case.Network, Case.PracticeId, Case.LotsinId, Case.Urgent, Case.Status));

    public Task<CaseState> GetStateAsync() => Task.FromResult(Case);

    public async Task ReceiveReminderAsync(string name, DateTimeOffset dueAt)
    {
        if (_scheduled.GetValueOrDefault(name) == dueAt)
        {
            _scheduled.Remove(name);
        }

        if (name == ReleaseReminder)
        {
            await RetryOnConflictAsync(ReleasePendingAsync);
        }

        var now = Time.GetUtcNow();
        if (name == RetentionReminder && RetentionDue <= now)
        {
            await RetryOnConflictAsync(() => ExecuteOnceAsync(new Anonymise("anonymise", Actor.System)));
        }

        while (Deadlines.NextStage(Case, Policy) is { } stage && stage.At <= now)
        {
            var command = new MarkOverdue($"overdue:{stage.Obligation}:{stage.Stage}:{stage.DueAt:O}", Actor.System, stage.Obligation, stage.Stage, stage.DueAt);
            if (!(await RetryOnConflictAsync(() => ExecuteOnceAsync(command))).Accepted)
            {
                break;
            }
        }

        await ScheduleRemindersAsync(Case);
    }

    private async Task<CommandResult> ExecuteOnceAsync(CaseCommand command)
    {
        var current = Case;
        var context = new DecisionContext(Key, Time.GetUtcNow());
        if (State.Processed.TryGetValue(command.CommandId, out var sequence))
        {
            return RepeatOf(command, sequence, current, context.Now);
        }

        if (CaseRules.Check(current, command, context.Now) is { } refusal)
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
        try
        {
            await ScheduleRemindersAsync(next);
            if (former is not null)
            {
                await ScheduleAsync(ReleaseReminder, context.Now + ReleaseRetry);
                State.PendingReleases.Add(former);
            }

            State.Case = next;
            State.Processed[command.CommandId] = EventSequence + 1;
            State.ProcessedBy[command.CommandId] = command.Actor.ToString();
            RaiseEvent(decided.Redacted());
            await WriteStateAsync();
        }
        catch
        {
            await collaboration.UndoAsync();
            throw;
        }

        await ReleasePendingAsync();
        return CommandResult.Done(EventSequence);
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
        await ScheduleAsync(ReleaseReminder, null);
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
    private async Task ScheduleRemindersAsync(CaseState state)
    {
        await ScheduleAsync(DeadlineReminder, Deadlines.NextStage(state, Policy)?.At);
        await ScheduleAsync(RetentionReminder, Retention.DueAt(state, retention.Value.ClosedCasesAfter));
    }

    private async Task ScheduleAsync(string name, DateTimeOffset? next)
    {
        if (next == _scheduled.GetValueOrDefault(name))
        {
            return;
        }

        if (next is { } dueAt)
        {
            await SetReminderAsync(name, dueAt);
        }
        else
        {
            await RemoveReminderAsync(name);
        }

        _scheduled[name] = next;
    }
}
