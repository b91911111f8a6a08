using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Grains.Tests.Fixtures;

namespace HeresHealthy.Grains.Tests.Domain;

/// <summary>Every row of the transition table is taken, and every other command in every state is refused.</summary>
public sealed class CaseTransitionTests
{
    public static TheoryData<CaseStatus, string, CaseStatus> Transitions()
    {
        var data = new TheoryData<CaseStatus, string, CaseStatus>();
        foreach (var t in CaseTransitions.All)
        {
            data.Add(t.From, t.Command, t.To);
        }

        return data;
    }

    public static TheoryData<CaseStatus, string> Refusals()
    {
        var data = new TheoryData<CaseStatus, string>();
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            foreach (var command in CommandFor.Names.Where(c => CaseTransitions.Find(status, c) is null))
            {
                data.Add(status, command);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Each_transition_of_the_table_leads_to_its_state_with_exactly_one_event(CaseStatus from, string command, CaseStatus to)
    {
        var script = CaseScript.In(from, urgent: command == nameof(Claim));
        if (command == nameof(UpdateOnwardReferral))
        {
            script.Must(new ReferOnward(Sample.Id(), Sample.Lotsin(), "offer-1"));
        }

        if (command == nameof(MarkOverdue))
        {
            script.Now = script.Now.AddDays(30);
        }

        var eventsBefore = script.Events.Count;
        script.Must(CommandFor.Make(command, script.State, script.Now));

        Assert.Equal(to, script.State.Status);
        Assert.Equal(eventsBefore + 1, script.Events.Count);
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_command_not_allowed_in_a_state_is_refused_naming_the_state_and_changes_nothing(CaseStatus status, string command)
    {
        var script = CaseScript.In(status, urgent: true);

        var refusal = script.Refused(CommandFor.Make(command, script.State, script.Now));

        if (status == CaseStatus.None)
        {
            Assert.Equal(RefusalCode.NotFound, refusal.Code);
        }
        else
        {
            Assert.Contains(refusal.Code, new[] { RefusalCode.InvalidState, RefusalCode.NotFound });
            if (refusal.Code == RefusalCode.InvalidState)
            {
                Assert.Equal(status.ToString(), refusal.CurrentState);
                Assert.Contains($"„{GermanWords.Status(status)}“", refusal.Message, StringComparison.Ordinal); // the state as users call it
            }
        }
    }

    [Fact]
    public void Commands_of_the_practice_and_the_coordinator_in_a_wrong_state_always_name_the_state()
    {
        var script = CaseScript.In(CaseStatus.InCare);

        var withdraw = script.Refused(new Withdraw(Sample.Id(), Sample.Practice(), "zu spät"));
        var assign = script.Refused(new Assign(Sample.Id(), Sample.Coordinator, "l-2"));

        Assert.Equal((RefusalCode.InvalidState, "InCare"), (withdraw.Code, withdraw.CurrentState));
        Assert.Equal((RefusalCode.InvalidState, "InCare"), (assign.Code, assign.CurrentState));
    }
}
