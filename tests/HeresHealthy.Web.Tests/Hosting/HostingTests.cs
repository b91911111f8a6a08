using System.Net;
using System.Text.Json;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Hosting;

/// <summary>What operators and API clients rely on without signing in: the health probe and the OpenAPI document.</summary>
public sealed class HostingTests(WebApp app)
{
    [Fact]
    public async Task The_health_endpoint_answers_Healthy()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_referral_API()
    {
        using var client = app.Anonymous();

        var text = await client.GetTextAsync("/openapi/v1.json");

        using var document = JsonDocument.Parse(text);
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/referrals", out var referrals), "The document lists no /api/referrals.");
        Assert.True(referrals.TryGetProperty("post", out _), "/api/referrals has no POST operation.");
        Assert.True(paths.TryGetProperty("/api/board", out _), "The document lists no /api/board.");
    }

    [Fact]
    public async Task The_app_runs_on_its_own_database_with_the_demo_network_seeded()
    {
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);

        var board = await coordinator.GetJsonAsync<HeresHealthy.Grains.Abstractions.Board.BoardView>("/api/board");

        Assert.Equal(DemoUsers.Network, board.Network);
        Assert.Equal(6, board.Lotsinnen.Count);
    }
}
