using System.Security.Claims;
using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Silo.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace HeresHealthy.Web.Security;

/// <summary>Cookie authentication and one policy per role. API calls get 401/403, pages are sent to the sign-in page.</summary>
public static class AuthenticationSetup
{
    /// <summary>How long a session lasts without a request before it ends (Security:IdleTimeout); pages warn before.</summary>
    public static TimeSpan IdleTimeout(IConfiguration configuration) =>
        TimeSpan.TryParse(configuration["Security:IdleTimeout"], System.Globalization.CultureInfo.InvariantCulture, out var configured) && configured > TimeSpan.Zero
            ? configured
            : TimeSpan.FromMinutes(30);

    public static IServiceCollection AddHeresHealthyAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var idle = IdleTimeout(configuration);
        // Cookies and anti-forgery tokens are protected with keys every node reads from the shared store.
        services.AddDataProtection().SetApplicationName("HeresHealthy");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(options =>
            options.XmlRepository = new StoredKeyRing(provider.GetRequiredService<IStorageProvider>().Keys)));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "heres.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/anmelden";
                options.AccessDeniedPath = "/kein-zugang";
                options.ExpireTimeSpan = idle; // sliding: every request renews it; practice PCs are shared
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = ValidateStampAsync;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Practice, p => p.RequireRole(nameof(ActorRole.Practice)))
            .AddPolicy(Policies.Lotsin, p => p.RequireRole(nameof(ActorRole.Lotsin)))
            .AddPolicy(Policies.Coordinator, p => p.RequireRole(nameof(ActorRole.Coordinator)))
            .AddPolicy(Policies.Kiosk, p => p.RequireRole(nameof(ActorRole.Kiosk)))
            .AddPolicy(Policies.Admin, p => p.RequireRole(nameof(ActorRole.Admin)))
            .AddPolicy(Policies.DataProtectionOfficer, p => p.RequireRole(nameof(ActorRole.DataProtectionOfficer)))
            .AddPolicy(Policies.ReportReader, p => p.RequireRole(nameof(ActorRole.Coordinator), nameof(ActorRole.Reporting)))
            .AddPolicy(Policies.CaseWorker, p => p.RequireRole(nameof(ActorRole.Lotsin), nameof(ActorRole.Coordinator)))
            .AddPolicy(Policies.KioskOrCaseWorker, p => p.RequireRole(nameof(ActorRole.Kiosk), nameof(ActorRole.Lotsin), nameof(ActorRole.Coordinator)))
            .AddPolicy(Policies.WorkshopPlanner, p => p.RequireRole(nameof(ActorRole.Kiosk), nameof(ActorRole.Coordinator)));
        return services;
    }

    public static ClaimsPrincipal PrincipalFor(AccountProfile profile, string stamp, bool mustChangePassword = false) => new(new ClaimsIdentity(
        [
            .. mustChangePassword ? new[] { new Claim(HeresClaims.MustChangePassword, "true") } : [],
            new Claim(ClaimTypes.NameIdentifier, profile.UserName),
            new Claim(ClaimTypes.Name, profile.DisplayName),
            new Claim(ClaimTypes.Role, profile.Role.ToString()),
            new Claim(HeresClaims.Entity, profile.EntityId),
            new Claim(HeresClaims.Network, profile.Network),
            new Claim(HeresClaims.Stamp, stamp),
            new Claim(HeresClaims.Session, Guid.NewGuid().ToString("N")),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>Signs the current session out: this cookie is deleted and any copy of it refused from now on.</summary>
    public static async Task SignOutSessionAsync(HttpContext http)
    {
        if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } name && http.User.FindFirstValue(HeresClaims.Session) is { } session)
        {
            await http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(name).SignOutSessionAsync(session);
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private static bool IsSessionCheck(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path.Equals("/api/session", StringComparison.OrdinalIgnoreCase);

    private static Task Deny(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (AppPaths.IsApiOrHub(context.Request.Path))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>A session that was signed out, alone or everywhere (new stamp), is rejected, also as a copied cookie.</summary>
    private static async Task ValidateStampAsync(CookieValidatePrincipalContext context)
    {
        var user = context.Principal;
        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        var valid = user?.FindFirstValue(ClaimTypes.NameIdentifier) is { } name
            && user.FindFirstValue(HeresClaims.Stamp) is { } stamp
            && user.FindFirstValue(HeresClaims.Session) is { } session
            && await grains.GetGrain<IAccountGrain>(name).IsSessionValidAsync(stamp, session);
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
        else if (IsSessionCheck(context.Request))
        {
            // The page's "Angemeldet bleiben" and its activity (idle.js) ask GET /api/session: the session starts its
            // idle time again now (sliding expiration alone renews only after half of it).
            context.ShouldRenew = true;
        }
    }
}
