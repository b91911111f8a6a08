using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains.Tests.Fixtures;

/// <summary>Drives the pure domain (decide, then evolve) through a case, without grains.</summary>
public sealed class CaseScript
{
    public CaseScript(DateTimeOffset? now = null) => Now = now ?? Sample.Monday;

    public CaseState State { get; private set; } = new();

    public DateTimeOffset Now { get; set; }

    public List<CaseEvent> Events { get; } = [];

    /// <summary>A script already in the given state, reached by the protocol's usual path.</summary>
    public static CaseScript In(CaseStatus status, bool urgent = false)
    {
        var script = new CaseScript();
        if (status == CaseStatus.None)
        {
            return script;
        }

        script.Must(Sample.Refer(script.Now, urgent: urgent));
        if (status is CaseStatus.Assigned or CaseStatus.Accepted or CaseStatus.InCare or CaseStatus.Closed)
        {
            script.Must(new Assign(Sample.Id(), Sample.Coordinator, "l-1"));
        }

        if (status is CaseStatus.Accepted or CaseStatus.InCare or CaseStatus.Closed)
        {
            script.Must(new Accept(Sample.Id(), Sample.Lotsin()));
        }

        if (status is CaseStatus.InCare or CaseStatus.Closed)
        {
            script.Must(new RecordFirstMeeting(Sample.Id(), Sample.Lotsin()));
        }

        if (status == CaseStatus.Closed)
        {
            script.Must(new Close(Sample.Id(), Sample.Lotsin(), CaseOutcome.GoalsReached, "Familie ist gut angebunden."));
        }

        return script;
    }

    public (CaseEvent? Event, Refusal? Refusal) Run(CaseCommand command)
    {
        var decision = CaseDecider.Decide(State, command, new DecisionContext("case-1", Now, "Lotsin " + command.Actor.Id));
        if (decision.Event is { } happened)
        {
            State = CaseEvolver.Evolve(State, happened);
            Events.Add(happened);
        }

        return decision;
    }

    public CaseEvent Must(CaseCommand command)
    {
        var (happened, refusal) = Run(command);
        return happened ?? throw new InvalidOperationException($"{command.GetType().Name} was refused: {refusal}");
    }

    public Refusal Refused(CaseCommand command)
    {
        var before = State;
        var (happened, refusal) = Run(command);
        Assert.Null(happened);
        Assert.Same(before, State);
        return refusal!;
    }
}
