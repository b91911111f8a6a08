using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace HeresHealthy.Web.Security;

/// <summary>
/// Rate limits on sign-in (per client address, page and API alike), on referral creation (per account) and on every
/// API or hub request without a session (per client address).
/// Limits come from the configuration section "RateLimits" (<see cref="RateLimitOptions"/>); a refused request
/// gets 429 with a Retry-After header and a German ProblemDetails body.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Referral = "referral";

    public static IServiceCollection AddHeresHealthyRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            // Requests without a session (the sign-in page's visitors, probes, floods) share a limit per address, so that
            // refused requests cannot grow the audit trail without bound. Signed-in users are limited where it matters.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.User.Identity?.IsAuthenticated == true || !AppPaths.IsApiOrHub(http.Request.Path)
                    ? RateLimitPartition.GetNoLimiter("signed-in or page")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.AnonymousPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.AddPolicy(SignIn, http => HttpMethods.IsGet(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("pages")
                : RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.AddPolicy(Referral, http => RateLimitPartition.GetTokenBucketLimiter(
                http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.ReferralBurst,
                    TokensPerPeriod = limits.ReferralsPerHour,
                    ReplenishmentPeriod = TimeSpan.FromHours(1),
                }));
        });
        return services;
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(
                $"Zu viele Anfragen in kurzer Zeit. Bitte in {seconds} Sekunden erneut versuchen.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Zu viele Anfragen")
            .ExecuteAsync(context.HttpContext);
    }
}
