namespace HeresHealthy.Web.Api;

public sealed record AppointmentRequest(string? CommandId, DateTimeOffset? At, string? Place, bool AtKiosk);
