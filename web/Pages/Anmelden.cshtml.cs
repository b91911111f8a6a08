using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Demo;
using HeresHealthy.Web.Demo;
using HeresHealthy.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace HeresHealthy.Web.Pages;

/// <summary>Sign-in with user name and password; the form carries an anti-forgery token; posts are rate-limited.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class AnmeldenModel(IGrainFactory grains, IConfiguration configuration, IHostEnvironment environment) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public string? Notice { get; private set; }

    public IReadOnlyList<AccountProfile> DemoAccounts { get; private set; } = [];

    public string DemoPassword => Demo.DemoAccounts.Password;

    /// <summary>A signed-in user (back button after signing in, a bookmark) goes to her page, not to the form again.</summary>
    public IActionResult OnGet(string? abgemeldet)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return Redirect(PasswordSignIn.HomeOf(User));
        }

        Notice = abgemeldet == "inaktiv" ? "Sie wurden nach längerer Inaktivität abgemeldet. Bitte melden Sie sich erneut an." : null;

        ShowDemo();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ShowDemo();
        var (result, profile) = await PasswordSignIn.TryAsync(HttpContext, grains, UserName, Password);
        if (result == PasswordSignIn.Result.SignedIn && profile is not null)
        {
            return Redirect(PasswordSignIn.HomeOf(HttpContext.User));
        }

        Error = result switch
        {
            PasswordSignIn.Result.Invalid => "Bitte Benutzername und Passwort eingeben.",
            PasswordSignIn.Result.InvalidCharacters => PasswordSignIn.InvalidCharactersMessage,
            PasswordSignIn.Result.LockedOut => PasswordSignIn.LockedOutMessage,
            PasswordSignIn.Result.Disabled => PasswordSignIn.DisabledMessage,
            _ => PasswordSignIn.WrongCredentialsMessage,
        };
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
