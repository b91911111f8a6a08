namespace HeresHealthy.Web.Security;

/// <summary>The parts of the app that answer machines (JSON, problems, 401/403) rather than people (pages, redirects).</summary>
public static class AppPaths
{
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api");

    public static bool IsApiOrHub(PathString path) => IsApi(path) || path.StartsWithSegments("/hubs");
}
