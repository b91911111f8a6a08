using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Network;
using HeresHealthy.Grains.Abstractions.Practices;
using HeresHealthy.Web.Api.Admin;
using HeresHealthy.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace HeresHealthy.Web.Tests.Admin;

/// <summary>
/// An import that stopped after some rows (the process was killed, the connection dropped) completes when the same file is
/// run again: the rows it saved before are its own, not names already taken; the same rows in another file still are.
/// </summary>
public sealed class NetworkImportTests(WebApp app)
{
    private static Dictionary<string, string> Row(string name, string user) =>
        new() { ["name"] = name, ["stadt"] = "Marl", ["stadtteil"] = "Hüls", ["benutzername"] = user };

    [Fact]
    public async Task An_import_interrupted_after_its_first_row_completes_when_run_again()
    {
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var tag = Guid.NewGuid().ToString("N")[..8];
        // A network of its own: AdminApiTests compare the demo network's whole set-up before and after a refused command.
        var networkId = $"importtest-{tag}";
        var network = grains.GetGrain<INetworkGrain>(networkId);
        var (first, second) = ($"Praxis Eins {tag}", $"Praxis Zwei {tag}");
        IReadOnlyList<IReadOnlyDictionary<string, string>> rows = [Row(first, $"eins{tag}"), Row(second, $"zwei{tag}")];
        var importId = $"test-import-{tag}";
        // The interrupted run: line 2 and its account were saved, then the process stopped before line 3.
        var saved = await network.SavePracticeAsync($"{importId}-2", new PracticeProfile("", first, "", "Marl", "Hüls", null, null));
        Assert.True((await network.CreateAccountAsync($"{importId}-2-konto", new AccountProfile($"eins{tag}", first, ActorRole.Practice, saved.Id!, ""), "erstes-Passwort-1")).Accepted);

        var dryRun = await NetworkImport.PracticesAsync(grains, networkId, rows, importId, dryRun: true);
        var again = await NetworkImport.PracticesAsync(grains, networkId, rows, importId, dryRun: false);
        var otherFile = await NetworkImport.PracticesAsync(grains, networkId, rows, $"{importId}-anders", dryRun: true);

        Assert.Equal(0, dryRun.Invalid);
        Assert.True(again.Imported);
        Assert.Equal((saved.Id, true, $"eins{tag}", (string?)null), (again.Rows[0].Id, again.Rows[0].Repeated, again.Rows[0].UserName, again.Rows[0].FirstPassword));
        Assert.Equal((false, $"zwei{tag}"), (again.Rows[1].Repeated, again.Rows[1].UserName));
        Assert.NotNull(again.Rows[1].FirstPassword);
        Assert.Equal(2, (await network.GetSetupAsync()).Practices.Count(p => p.Name.EndsWith(tag, StringComparison.Ordinal)));
        Assert.Contains("gibt es im Netzwerk schon", otherFile.Rows[0].Problems["name"], StringComparison.Ordinal);
        Assert.Contains("gibt es schon", otherFile.Rows[0].Problems["benutzername"], StringComparison.Ordinal);
    }
}
