using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Demo;
using HeresHealthy.Silo;
using HeresHealthy.Web.Api;
using HeresHealthy.Web.Demo;
using HeresHealthy.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HeresHealthy.Web.Pages;

/// <summary>Sign-in with user name and password; the form carries an anti-forgery token.</summary>
public sealed class AnmeldenModel(IGrainFactory grains, IConfiguration configuration, IHostEnvironment environment) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public IReadOnlyList<AccountProfile> DemoAccounts { get; private set; } = [];

    public string DemoPassword => Demo.DemoAccounts.Password;

    public void OnGet() => ShowDemo();

    public async Task<IActionResult> OnPostAsync()
    {
        ShowDemo();
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password) || UserName.Length > 100 || Password.Length > 200)
        {
            Error = "Bitte Benutzername und Passwort eingeben.";
            return Page();
        }

        var outcome = await grains.GetGrain<IAccountGrain>(UserName.Trim().ToLowerInvariant()).SignInAsync(Password);
        if (outcome is { Succeeded: true, Profile: { } profile, SecurityStamp: { } stamp })
        {
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AuthenticationSetup.PrincipalFor(profile, stamp));
            return Redirect(SessionApi.HomeOf(profile.Role.ToString()));
        }

        Error = outcome.LockedOut
            ? "Zu viele Fehlversuche: das Konto ist für 15 Minuten gesperrt."
            : "Benutzername oder Passwort stimmen nicht.";
        return Page();
    }

    private void ShowDemo()
    {
        if (DemoMode.IsOn(configuration, environment))
        {
            DemoAccounts = Demo.DemoAccounts.For(new DemoNetwork());
        }
    }
}
