using HeresHealthy.Silo.Storage;

namespace HeresHealthy.Web.Cli;

/// <summary><c>audit verify</c>: recomputes the audit trail's hash chain on the configured storage.</summary>
internal static class AuditVerifyCommand
{
    public static async Task<int> RunAsync(string[] configuration, CliConsole console)
    {
        await using var app = await CliHost.StartAsync(configuration);
        var storage = app.Services.GetRequiredService<IStorageProvider>();
        var result = await storage.Audit.VerifyAsync(CancellationToken.None);
        if (result.Ok)
        {
            await console.Out.WriteLineAsync($"audit trail on {storage.Name}: {result.RowsChecked} rows checked, chain OK");
            return 0;
        }

        await console.Out.WriteLineAsync(
            $"audit trail on {storage.Name}: chain BROKEN at sequence {result.FirstBrokenSequence} ({result.RowsChecked} rows before it hold)");
        return 1;
    }
}
