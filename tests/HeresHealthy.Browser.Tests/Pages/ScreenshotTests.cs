using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;

namespace HeresHealthy.Browser.Tests.Pages;

/// <summary>Every page at phone and desktop width, filled with the demo's data, saved to artifacts/screenshots for a person to look at.</summary>
public sealed class ScreenshotTests(BrowserApp app)
{
    [Theory]
    [MemberData(nameof(AppPage.AtBothWidths), MemberType = typeof(AppPage))]
    public async Task Every_page_is_photographed_with_its_data_at_phone_and_desktop_width(string pageName, string width)
    {
        await using var person = await AppPage.Named(pageName).OpenAsync(app, Viewports.Named(width));

        var file = Path.Combine(RepositoryRoot.Screenshots, $"{pageName}-{width}.png");
        await person.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });

        Assert.True(new FileInfo(file).Length > 1000, $"{file} is empty");
        TestContext.Current.AddAttachment($"{pageName}-{width}", file);
    }
}
