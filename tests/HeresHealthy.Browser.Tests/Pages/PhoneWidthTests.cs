using HeresHealthy.Browser.Tests.Fixtures;

namespace HeresHealthy.Browser.Tests.Pages;

/// <summary>
/// No page scrolls sideways on a phone, once its data are shown: what is wider than the screen (the coordinator's
/// table) scrolls inside a region of its own, with a visible hint, and the page itself stays as wide as the phone.
/// </summary>
public sealed class PhoneWidthTests(BrowserApp app)
{
    [Theory]
    [MemberData(nameof(AppPage.Names), MemberType = typeof(AppPage))]
    public async Task The_page_is_no_wider_than_a_phone(string pageName)
    {
        await using var person = await AppPage.Named(pageName).OpenAsync(app, Viewports.Phone);

        var width = await person.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        Assert.True(width <= Viewports.Phone.Width, $"{pageName} is {width} px wide on a {Viewports.Phone.Width} px phone.");
    }
}
