using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Cases.Views;

namespace HeresHealthy.Grains.Abstractions.Cases;

/// <summary>
/// One family case (key: the case id). Enforces the referral and feedback protocol; every accepted command yields
/// exactly one event. Views are cut to their audience; a caller outside the audience gets null.
/// </summary>
public interface IFamilyCaseGrain : IGrainWithStringKey
{
    Task<CommandResult> ExecuteAsync(CaseCommand command);

    Task<PracticeCaseView?> GetPracticeViewAsync(string practiceId);

    Task<LotsinCaseView?> GetLotsinViewAsync(string lotsinId, string network);

    Task<CoordinatorCaseView?> GetCoordinatorViewAsync(string network);

    /// <summary>The family's display name as the Familienkiosk of <paramref name="network"/> greets it; null once the case is closed.</summary>
    Task<string?> GetKioskNameAsync(string network);

    /// <summary>Who hears of this case's changes; null for a case that does not exist.</summary>
    Task<CaseAudience?> GetAudienceAsync();
}
