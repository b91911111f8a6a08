
namespace HeresHealthy.Grains.Abstractions.Board;

/// <summary>
/// The live read model of one network (key: the network id), derived from the events of its cases, Lotsinnen and
/// practices: the coordinator's board, the case lists of practices and Lotsinnen, and the kiosk's appointments.
/// </summary>
public interface IWorkloadBoardGrain : IGrainWithStringKey
{
    Task<BoardView> GetBoardAsync();

    Task<IReadOnlyList<string>> GetCasesOfPracticeAsync(string practiceId);

    /// <summary>Cases she is responsible for, offers made to her, and open urgent referrals while she is on duty.</summary>
    Task<IReadOnlyList<string>> GetCasesOfLotsinAsync(string lotsinId);

    Task<IReadOnlyList<AssignmentSuggestion>> SuggestAsync(string caseId);

    /// <summary>Kiosk appointments of open cases from <paramref name="first"/> to <paramref name="last"/> (German dates, both included), without display names.</summary>
    Task<IReadOnlyList<KioskAppointment>> GetKioskAppointmentsAsync(DateOnly first, DateOnly last);

    /// <summary>Whether any Lotsin of the network is on duty now, for the practice's urgent hand-over.</summary>
    Task<bool> AnyOnDutyAsync();

    /// <summary>
    /// Returns once the board has folded in event <paramref name="sequence"/> of the grain whose state is
    /// <paramref name="stateName"/>/<paramref name="key"/> (or after two seconds): a command's answer waits for it, so
    /// that the lists read next, on any node, show the command's effect.
    /// </summary>
    Task WaitForAsync(string stateName, string key, long sequence);
}
