using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Domain;
using HeresHealthy.Grains.Tests.Fixtures;

namespace HeresHealthy.Grains.Tests.Domain;

/// <summary>Refusals are shown to users as they are: they speak German and never name a state, command or role by its code.</summary>
public sealed class GermanRefusalTests
{
    // "Lotsin" is a German word as well as a role's code; "System" too.
    private static readonly string[] _codes =
    [
        .. Enum.GetNames<CaseStatus>(), .. CommandFor.Names, .. Enum.GetNames<ActorRole>().Except(["Lotsin", "System"]),
    ];

    public static TheoryData<string> CommandNames { get; } = new(CommandFor.Names);

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void A_command_refused_in_any_state_or_by_the_wrong_role_is_explained_in_German_words(string command)
    {
        var messages = new List<string>();
        foreach (var status in Enum.GetValues<CaseStatus>().Where(s => CaseTransitions.Find(s, command) is null))
        {
            var state = new CaseState { Status = status, PracticeId = "p-1", LotsinId = "l-1" };
            messages.Add(Refused(state, CommandFor.Make(command, state, Sample.Monday)));
        }

        var referred = new CaseState { Status = CaseStatus.Referred, PracticeId = "p-1" };
        var kiosk = CommandFor.Make(command, referred, Sample.Monday) with { Actor = new Actor(ActorRole.Kiosk, "kiosk", Sample.Network) };
        messages.Add(Refused(referred, kiosk));

        Assert.All(messages, message => Assert.DoesNotContain(_codes, code => message.Contains(code, StringComparison.Ordinal)));
    }

    private static string Refused(CaseState state, CaseCommand command) =>
        CaseRules.Check(state, command, Sample.Monday)?.Message ?? throw new InvalidOperationException($"{command.GetType().Name} was not refused in {state.Status}.");
}
