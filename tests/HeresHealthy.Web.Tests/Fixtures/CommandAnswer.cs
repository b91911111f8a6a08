using System.Net;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>The answer to an accepted command: the case, its event sequence, and whether the command id was a repeat.</summary>
public sealed record CommandAnswer(string CaseId, long Sequence, bool Repeated)
{
    public static async Task<CommandAnswer> ReadAsync(HttpResponseMessage response, string path)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}: {text}");
        return Json.Parse<CommandAnswer>(text);
    }
}
