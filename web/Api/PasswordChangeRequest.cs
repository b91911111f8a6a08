namespace HeresHealthy.Web.Api;

/// <summary>The body of POST /api/session/password.</summary>
public sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);
