using HeresHealthy.Browser.Tests.Fixtures;
using Microsoft.Playwright;

namespace HeresHealthy.Browser.Tests.Pages;

/// <summary>
/// Every form a page shows once its data are there is submitted once, as it is (the sign-out form of the navigation
/// last): whatever the page answers, it stays a German HTML page, the server never answers 5xx, no write is refused
/// for a missing anti-forgery token, and no script error is thrown. Filled-in submissions are played by the scenarios.
/// </summary>
public sealed class FormSubmissionTests(BrowserApp app)
{
    [Theory]
    [MemberData(nameof(AppPage.Names), MemberType = typeof(AppPage))]
    public async Task Every_form_of_the_page_submits_without_a_server_or_token_error(string pageName)
    {
        await using var person = await AppPage.Named(pageName).OpenAsync(app, Viewports.Desktop);
        var page = person.Page;
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add($"script error: {error}");
        page.Response += (_, response) => Inspect(response, problems);
        var forms = await page.Locator("form:visible").CountAsync();
        Assert.True(forms > 0, $"{pageName} shows no form.");

        // Forms are taken in reverse document order, so that the navigation's sign-out (the first form) comes last.
        for (var index = forms - 1; index >= 0; index--)
        {
            var form = page.Locator("form:visible").Nth(index);
            if (string.Equals(await form.GetAttributeAsync("method"), "post", StringComparison.OrdinalIgnoreCase))
            {
                // A form the server answers with a new page (sign-in, sign-out); the others are sent by the page's script.
                var navigated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                page.FrameNavigated += (_, frame) =>
                {
                    if (frame == page.MainFrame)
                    {
                        navigated.TrySetResult();
                    }
                };
                await form.EvaluateAsync("f => f.requestSubmit()");
                await navigated.Task.WaitAsync(TimeSpan.FromMilliseconds(BrowserApp.UiTimeoutMs), TestContext.Current.CancellationToken);
                // The checks below read the new document's type and language: its DOM is enough. (Its load event once did
                // not come within the wait on a fully loaded machine, while the network was idle.)
                await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            }
            else
            {
                await form.EvaluateAsync("f => f.requestSubmit()");
            }

            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            lock (problems)
            {
                Assert.True(problems.Count == 0, $"{pageName}, form {index + 1} of {forms}: {string.Join("; ", problems)}");
            }

            Assert.Equal("text/html", await page.EvaluateAsync<string>("() => document.contentType"));
            Assert.Equal("de", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        }
    }

    private static void Inspect(IResponse response, List<string> problems)
    {
        var refusedToken = response.Status == 400
            && response.Request.Method != "GET"
            && !response.Request.Headers.ContainsKey("x-csrf-token")
            && response.Request.PostData?.Contains("__RequestVerificationToken", StringComparison.Ordinal) != true;
        if (response.Status >= 500 || refusedToken)
        {
            lock (problems)
            {
                problems.Add($"{response.Request.Method} {response.Url} answered {response.Status}");
            }
        }
    }
}
