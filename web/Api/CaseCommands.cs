using HeresHealthy.Grains.Abstractions.Board;
using System.Security.Claims;
using System.Text.RegularExpressions;
using HeresHealthy.Grains.Abstractions.Cases;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Silo;
using HeresHealthy.Web.Security;

namespace HeresHealthy.Web.Api;

/// <summary>Sends a case command as the signed-in user and answers with the command's outcome.</summary>
public static partial class CaseCommands
{
    public static async Task<IResult> SendAsync(IGrainFactory grains, ClaimsPrincipal user, string caseId, Func<Actor, CaseCommand> build)
    {
        if (!SafeId().IsMatch(caseId))
        {
            return Problems.NotFound();
        }

        var command = build(user.ToActor());
        if (!IsSafeId(command.CommandId))
        {
            return InvalidCommandId();
        }

        CallContext.Actor = user.AuditName();
        var result = await grains.GetGrain<IFamilyCaseGrain>(caseId).ExecuteAsync(command);
        if (result.Audited)
        {
            CallContext.Audit?.Stored();
        }

        if (result.Accepted)
        {
            // The lists a page reads next (its referrals, her offers, the queue) come from the board: read your own write.
            await grains.GetGrain<IWorkloadBoardGrain>(user.ToActor().Network).WaitForAsync("case", caseId, result.Sequence);
        }

        return result.Accepted
            ? Results.Ok(new CommandResponse(caseId, result.Sequence, result.Repeated))
            : Problems.From(result.Refusal ?? new Refusal(RefusalCode.InvalidState, "Abgelehnt."));
    }

    /// <summary>Case ids and command ids: letters, digits, dashes; at most 100 characters.</summary>
    public static bool IsSafeId(string? id) => id is not null && SafeId().IsMatch(id);

    public static IResult InvalidCommandId() =>
        Problems.Invalid("commandId", "Eine Befehlskennung (Buchstaben, Ziffern, Bindestriche, höchstens 100 Zeichen) ist nötig.");

    [GeneratedRegex("^[A-Za-z0-9-]{1,100}$")]
    private static partial Regex SafeId();
}
