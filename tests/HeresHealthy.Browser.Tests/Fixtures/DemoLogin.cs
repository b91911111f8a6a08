using HeresHealthy.Grains.Demo;
using HeresHealthy.Web.Demo;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>The seeded demo accounts and what the demo network says about them (names, who is on duty).</summary>
public static class DemoLogin
{
    public const string Password = DemoAccounts.Password;

    private static readonly DemoNetwork _demo = new();

    /// <summary>The display name of demo Lotsin <c>lotsinN</c> (1-based), as pages show it.</summary>
    public static string LotsinName(int number) => _demo.Lotsinnen[number - 1].Name;

    /// <summary>The demo Lotsin's id, e.g. lotsin-2 for the account lotsin2.</summary>
    public static string LotsinId(int number) => _demo.Lotsinnen[number - 1].Id;
}
