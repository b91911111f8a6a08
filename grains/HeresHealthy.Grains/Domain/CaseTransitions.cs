using System.Text;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Cases.Commands;
using static HeresHealthy.Grains.Abstractions.Cases.CaseStatus;

namespace HeresHealthy.Grains.Domain;

/// <summary>The transition table of PROTOCOL.md; the decider refuses every command not listed for the current state.</summary>
public static class CaseTransitions
{
    private static readonly CaseStatus[] _open = [Referred, Assigned, Accepted, InCare];

    public static IReadOnlyList<Transition> All { get; } =
    [
        new(None, nameof(Refer), Referred),
        new(Referred, nameof(Assign), Assigned),
        new(Referred, nameof(Claim), Accepted),
        new(Assigned, nameof(Accept), Accepted),
        new(Assigned, nameof(Decline), Referred),
        new(Assigned, nameof(Unassign), Referred),
        new(Referred, nameof(Withdraw), Closed),
        new(Assigned, nameof(Withdraw), Closed),
        new(Accepted, nameof(RecordContactAttempt), Accepted),
        .. Same([Accepted, InCare], nameof(ScheduleAppointment)),
        .. Same([Accepted, InCare], nameof(SendFeedback)),
        .. Same(_open, nameof(AddPracticeMessage)),
        new(Accepted, nameof(RecordFirstMeeting), InCare),
        .. Same([Accepted, InCare], nameof(Reassign)),
        new(InCare, nameof(RecordActivity), InCare),
        new(InCare, nameof(ReferOnward), InCare),
        new(InCare, nameof(UpdateOnwardReferral), InCare),
        .. Same([Accepted, InCare], nameof(ExtendConsent)),
        .. Same([Accepted, InCare], nameof(SetDisplayName)),
        new(Accepted, nameof(Close), Closed),
        new(InCare, nameof(Close), Closed),
        .. _open.Select(s => new Transition(s, nameof(WithdrawConsent), Closed)),
        .. Same(_open, nameof(MarkOverdue)),
        new(Closed, nameof(Anonymise), Closed),
    ];

    public static Transition? Find(CaseStatus from, string command) =>
        All.FirstOrDefault(t => t.From == from && t.Command == command);

    public static IEnumerable<CaseStatus> StatesAllowing(string command) =>
        All.Where(t => t.Command == command).Select(t => t.From);

    /// <summary>The state diagram as Mermaid, as docs/protocol.md shows it. System commands (MarkOverdue, Anonymise) are left out.</summary>
    public static string ToMermaid()
    {
        var text = new StringBuilder("stateDiagram-v2\n");
        foreach (var group in All.Where(t => t.Command is not (nameof(MarkOverdue) or nameof(Anonymise))).GroupBy(t => (t.From, t.To)))
        {
            var from = group.Key.From == None ? "[*]" : group.Key.From.ToString();
            text.Append("    ").Append(from).Append(" --> ").Append(group.Key.To)
                .Append(" : ").AppendJoin(", ", group.Select(t => t.Command)).Append('\n');
        }

        return text.Append("    Closed --> [*]\n").ToString();
    }

    private static IEnumerable<Transition> Same(CaseStatus[] states, string command) =>
        states.Select(s => new Transition(s, command, s));
}
