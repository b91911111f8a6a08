namespace HeresHealthy.Web.Api;

/// <summary>A workshop as the planning form sends it: a German date and time; <c>Dates</c> above 1 plans a series, <c>WeeksApart</c> weeks apart.</summary>
public sealed record WorkshopRequest(
    string? CommandId,
    string? Title,
    DateOnly? Date,
    TimeOnly? Time,
    string? Place,
    string? Municipality,
    int? Capacity,
    IReadOnlyList<string>? Languages,
    string? Leader,
    int? Dates,
    int? WeeksApart);
