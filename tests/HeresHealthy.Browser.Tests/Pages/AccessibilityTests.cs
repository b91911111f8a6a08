using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using HeresHealthy.Browser.Tests.Fixtures;

namespace HeresHealthy.Browser.Tests.Pages;

/// <summary>axe-core finds no WCAG 2.1 A/AA violation on any page, checked once its data are shown, at both widths.</summary>
public sealed class AccessibilityTests(BrowserApp app)
{
    private static readonly AxeRunOptions _wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    [Theory]
    [MemberData(nameof(AppPage.AtBothWidths), MemberType = typeof(AppPage))]
    public async Task Every_page_has_no_WCAG_21_AA_violation_once_its_data_are_shown(string pageName, string width)
    {
        await using var person = await AppPage.Named(pageName).OpenAsync(app, Viewports.Named(width));

        var result = await person.Page.RunAxe(_wcag21AA);

        Assert.True(result.Violations.Length == 0, Describe(pageName, width, result.Violations));
    }

    private static string Describe(string pageName, string width, AxeResultItem[] violations) =>
        $"{violations.Length} accessibility violation(s) on {pageName} ({width}):" + string.Concat(violations.Select(v =>
            $"{Environment.NewLine}- {v.Id} ({v.Impact}): {v.Help}{Environment.NewLine}    at "
            + string.Join($"{Environment.NewLine}    at ", v.Nodes.Select(n => n.Target.ToString()))));
}
