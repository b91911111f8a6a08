namespace HeresHealthy.Web.Api;

public sealed record SignInRequest(string? UserName, string? Password);
