using System.Net;
using HeresHealthy.Web.Tests.Fixtures;

namespace HeresHealthy.Web.Tests.Reports;

/// <summary>The reporting role (Berichte) reads reports only: every case, board, kiosk and audit endpoint refuses it.</summary>
public class ReportingRoleTests(WebApp app)
{
    public static TheoryData<string, string> Refused() => new()
    {
        { "GET", "/api/referrals" },
        { "POST", "/api/referrals" },
        { "GET", $"/api/referrals/{DemoUsers.ReferredDemoCase}" },
        { "GET", "/api/lotsin/cases" },
        { "GET", "/api/board" },
        { "GET", $"/api/board/cases/{DemoUsers.ReferredDemoCase}" },
        { "POST", $"/api/board/cases/{DemoUsers.ReferredDemoCase}/assignment" },
        { "GET", "/api/help-offers" },
        { "GET", "/api/kiosk/today" },
        { "GET", "/api/kiosk/workshops" },
        { "GET", "/api/audit" },
        { "GET", "/api/audit/verification" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task The_reporting_role_is_refused_with_403_on_every_case_board_kiosk_and_audit_endpoint(string method, string path)
    {
        using var reporting = await app.SignInAsync(DemoUsers.Reporting);

        using var response = method == "GET" ? await reporting.GetAsync(path) : await reporting.CommandAsync(path, new { lotsinId = "lotsin-1" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_reporting_role_signs_in_to_the_reports_page()
    {
        using var reporting = await app.SignInAsync(DemoUsers.Reporting);

        var session = await reporting.GetTextAsync("/api/session");

        Assert.Contains("\"role\":\"Reporting\"", session, StringComparison.Ordinal);
        Assert.Contains("\"home\":\"/berichte\"", session, StringComparison.Ordinal);
    }
}
