using HeresHealthy.Web.Api;

namespace HeresHealthy.Web.Security;

/// <summary>
/// Refuses an API or hub request whose route values or query parameters hold a character that <see cref="TextInput"/>
/// refuses (control characters, unpaired surrogates, non-characters), with 400 naming the parameter, before any
/// endpoint runs. Request bodies are checked while they are read (<see cref="TextInputConverter"/>).
/// </summary>
public static class TextInputCheck
{
    public static IApplicationBuilder UseTextInputCheck(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (AppPaths.IsApiOrHub(http.Request.Path) && FirstProblem(http.Request) is { } problem)
        {
            await Problems.Invalid(problem.Field, problem.Reason).ExecuteAsync(http);
            return;
        }

        await next(http);
    });

    private static (string Field, string Reason)? FirstProblem(HttpRequest request)
    {
        foreach (var (name, value) in request.RouteValues)
        {
            if (value is string text && TextInput.Problem(text, multiLine: false) is { } reason)
            {
                return (name, reason);
            }
        }

        foreach (var (name, values) in request.Query)
        {
            foreach (var text in values)
            {
                if ((TextInput.Problem(name, multiLine: false) ?? (text is null ? null : TextInput.Problem(text, multiLine: false))) is { } reason)
                {
                    return (name, reason);
                }
            }
        }

        return null;
    }
}
