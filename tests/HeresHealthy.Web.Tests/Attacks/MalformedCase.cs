namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>One generated request that is invalid by construction: what is wrong with it, the path and the body as sent.</summary>
public sealed record MalformedCase(string Defect, string Path, string? Body);
