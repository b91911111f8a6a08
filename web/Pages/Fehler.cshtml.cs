using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HeresHealthy.Web.Pages;

/// <summary>
/// The German page for an error answer to a page request (unknown address, refused form, server error): people get
/// a page they can read and leave, never raw JSON. The API and the hub answer with ProblemDetails instead.
/// </summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken] // a refused form's POST is re-executed here to be explained, not refused again
public sealed class FehlerModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error is { } error && Hosting.ServiceUnavailable.Is(error))
        {
            code = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = ((int)Hosting.ServiceUnavailable.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        (Title, Explanation) = code switch
        {
            StatusCodes.Status404NotFound => ("Seite nicht gefunden", "Diese Adresse gibt es nicht. Vielleicht ist der Link veraltet oder falsch geschrieben."),
            StatusCodes.Status400BadRequest => ("Anfrage fehlerhaft", "Die Anfrage konnte nicht bearbeitet werden, zum Beispiel weil die Seite zu lange offen war. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal."),
            StatusCodes.Status403Forbidden => ("Nicht erlaubt", "Dafür fehlt Ihnen die Berechtigung."),
            StatusCodes.Status405MethodNotAllowed => ("Nicht möglich", "Diese Adresse kann so nicht aufgerufen werden."),
            StatusCodes.Status429TooManyRequests => ("Zu viele Anfragen", "Bitte warten Sie einen Moment und versuchen Sie es dann noch einmal."),
            StatusCodes.Status503ServiceUnavailable => (Hosting.ServiceUnavailable.Title, Hosting.ServiceUnavailable.Detail),
            >= 500 => ("Interner Fehler", "Die Anfrage konnte nicht bearbeitet werden. Bitte versuchen Sie es später noch einmal."),
            _ => ("Fehler", "Die Anfrage konnte nicht bearbeitet werden."),
        };
        Response.StatusCode = code is >= 400 and <= 599 ? code : StatusCodes.Status500InternalServerError;
    }
}
