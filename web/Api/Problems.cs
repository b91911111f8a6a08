using HeresHealthy.Grains.Abstractions.Common;

namespace HeresHealthy.Web.Api;

/// <summary>RFC 7807 answers for refusals: 400 with field errors, 409 with the current state, 403, 404.</summary>
public static class Problems
{
    public static IResult From(Refusal refusal) => refusal.Code switch
    {
        RefusalCode.InvalidInput => Results.ValidationProblem(
            refusal.Errors?.ToDictionary(e => e.Key, e => new[] { e.Value })
                ?? new Dictionary<string, string[]> { [refusal.Field ?? "request"] = [refusal.Message] },
            detail: refusal.Message,
            title: "Eingabe ungültig"),
        RefusalCode.NotFound => Results.Problem(refusal.Message, statusCode: StatusCodes.Status404NotFound, title: "Nicht gefunden"),
        RefusalCode.NotPermitted => Results.Problem(refusal.Message, statusCode: StatusCodes.Status403Forbidden, title: "Nicht erlaubt"),
        _ => Results.Problem(
            refusal.Message,
            statusCode: StatusCodes.Status409Conflict,
            title: Title(refusal.Code),
            extensions: new Dictionary<string, object?> { ["currentState"] = refusal.CurrentState, ["code"] = refusal.Code.ToString() }),
    };

    public static IResult NotFound() =>
        Results.Problem("Diesen Fall gibt es nicht.", statusCode: StatusCodes.Status404NotFound, title: "Nicht gefunden");

    public static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message, title: "Eingabe ungültig");

    private static string Title(RefusalCode code) => code switch
    {
        RefusalCode.InvalidState => "Im aktuellen Zustand nicht möglich",
        RefusalCode.CapacityExceeded => "Kapazität erschöpft",
        RefusalCode.NotAvailable => "Nicht verfügbar",
        RefusalCode.NoConsent => "Keine Einwilligung",
        _ => "Abgelehnt",
    };
}
