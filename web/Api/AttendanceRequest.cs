namespace HeresHealthy.Web.Api;

/// <summary>Attendance: per family registered by name (its id) whether it took part, and attendees counted without a name.</summary>
public sealed record AttendanceRequest(string? CommandId, IReadOnlyDictionary<string, bool>? Families, int? Anonymous);
