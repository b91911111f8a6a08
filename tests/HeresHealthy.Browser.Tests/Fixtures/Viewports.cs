using Microsoft.Playwright;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>The two widths every page is looked at: a phone held upright and a desktop monitor.</summary>
public static class Viewports
{
    public static IReadOnlyList<string> Names { get; } = ["phone", "desktop"];

    public static ViewportSize Phone => new() { Width = 390, Height = 844 };

    public static ViewportSize Desktop => new() { Width = 1600, Height = 1000 };

    public static ViewportSize Named(string name) => name switch
    {
        "phone" => Phone,
        "desktop" => Desktop,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "phone or desktop"),
    };
}
