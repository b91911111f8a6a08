using System.Security.Claims;
using HeresHealthy.Web.Api;
using HeresHealthy.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HeresHealthy.Web.Pages;

/// <summary>
/// Where a signed-in user lands who opened a page of another role: it says so (403) and leads to her own page,
/// instead of showing the sign-in form as if she were signed out.
/// </summary>
[Authorize]
public sealed class KeinZugangModel : PageModel
{
    public string DisplayName => User.FindFirstValue(ClaimTypes.Name) ?? "";

    public string Role => RoleNames.German(User.FindFirstValue(ClaimTypes.Role));

    public string Home => SessionApi.HomeOf(User.FindFirstValue(ClaimTypes.Role));

    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
