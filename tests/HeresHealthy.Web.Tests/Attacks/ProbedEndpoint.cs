using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>
/// One method of one API route, read from the app's own endpoint table, so that every endpoint added later is probed
/// without a change here: its route, its request body type, and the authorization it demands.
/// </summary>
public sealed record ProbedEndpoint(string Method, RoutePattern Route, Type? BodyType, AuthorizationPolicy? Policy, bool AllowsAnonymous)
{
    /// <summary>Route parameters that name a case or something inside one.</summary>
    private static readonly string[] _caseParameters = ["caseId", "referralId"];

    public bool IsWrite => Method is not ("GET" or "HEAD");

    public bool TargetsCase => Route.Parameters.Any(p => _caseParameters.Contains(p.Name));

    public IEnumerable<string> ParameterNames => Route.Parameters.Select(p => p.Name);

    public override string ToString() => $"{Method} {Route.RawText}";

    /// <summary>Every route under /api with an HTTP method, in a stable order.</summary>
    public static async Task<IReadOnlyList<ProbedEndpoint>> AllAsync(IServiceProvider services)
    {
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var found = new List<ProbedEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) != true
                || endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods)
            {
                continue;
            }

            var policy = await AuthorizationPolicy.CombineAsync(
                policies,
                endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
                endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var body = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
            found.AddRange(methods.HttpMethods.Select(m => new ProbedEndpoint(m, endpoint.RoutePattern, body, policy, anonymous)));
        }

        return [.. found.OrderBy(e => e.Route.RawText, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)];
    }

    /// <summary>Whether a user of <paramref name="role"/> (null: nobody signed in) passes the endpoint's authorization.</summary>
    public async Task<bool> AllowsAsync(IServiceProvider services, string? role)
    {
        if (AllowsAnonymous || Policy is null)
        {
            return true;
        }

        if (role is null)
        {
            return false;
        }

        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role), new Claim(ClaimTypes.NameIdentifier, "probe")], "probe"));
        return (await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, Policy)).Succeeded;
    }

    /// <summary>The first of <paramref name="callers"/> whose role this endpoint is for.</summary>
    public async Task<TClient> CallerAsync<TClient>(IServiceProvider services, IEnumerable<(string Role, TClient Client)> callers)
    {
        foreach (var (role, client) in callers)
        {
            if (await AllowsAsync(services, role))
            {
                return client;
            }
        }

        throw new InvalidOperationException($"No test user may call {this}: add one for its role.");
    }

    /// <summary>A body the endpoint would accept, from which a test breaks one thing.</summary>
    public string ValidBody(string lotsinId) => Route.RawText?.TrimEnd('/') == "/api/referrals"
        ? Fixtures.Referral.Form().ToJsonString()
        : ProbeBody.For(Fixtures.ApiClient.NewCommandId(), lotsinId);

    /// <summary>The path with each route parameter replaced by <paramref name="valueOf"/>(name), URL-escaped.</summary>
    public string PathWith(Func<string, string> valueOf) =>
        "/" + string.Join("/", Route.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => Uri.EscapeDataString(valueOf(parameter.Name)),
            RoutePatternSeparatorPart separator => separator.Content,
            _ => throw new NotSupportedException($"Unknown route part in {Route.RawText}."),
        }))));
}
