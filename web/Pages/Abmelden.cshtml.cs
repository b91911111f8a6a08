using HeresHealthy.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HeresHealthy.Web.Pages;

/// <summary>Signs out (POST with anti-forgery token only) and returns to the sign-in page.</summary>
public sealed class AbmeldenModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    /// <summary>Why the page signed out: "inaktiv" when idle.js did so for want of activity.</summary>
    [BindProperty]
    public string? Grund { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        await AuthenticationSetup.SignOutSessionAsync(HttpContext);
        return Redirect(Grund == "inaktiv" ? "/anmelden?abgemeldet=inaktiv" : "/anmelden");
    }
}
