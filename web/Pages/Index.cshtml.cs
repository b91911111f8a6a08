using HeresHealthy.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using System.Security.Claims;

namespace HeresHealthy.Web.Pages;

/// <summary>The start page sends each user to the page of her role, or to the sign-in.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true
        ? Redirect(SessionApi.HomeOf(User.FindFirstValue(ClaimTypes.Role)))
        : Redirect("/anmelden");
}
