namespace HeresHealthy.Web.Cli;

/// <summary>
/// The operator's commands, run instead of the web app when the first arguments name one:
/// <c>audit verify</c>, <c>admin create --user NAME [--display TEXT] [--role Admin|DataProtectionOfficer|Reporting] [--network NETWORK]</c>
/// and <c>admin import practices|lotsinnen FILE --network NETWORK [--dry-run]</c>.
/// Further arguments are configuration, as for the app (e.g. <c>--Storage:Provider=Postgres</c>).
/// Exit codes: 0 done, 1 refused or failed, 2 wrong usage.
/// </summary>
public static class HeresCli
{
    public const string Usage = """
        usage: audit verify [--Key=Value ...]
               admin create --user NAME [--display TEXT] [--role Admin|DataProtectionOfficer|Reporting] [--network NETWORK] [--Key=Value ...]
               admin import practices|lotsinnen FILE.csv --network NETWORK [--dry-run] [--Key=Value ...]
        The password of admin create comes from HERES_ADMIN_PASSWORD or the first line of standard input.
        """;

    /// <summary>For Program.cs: runs a command and returns true (exit code set), or returns false for the web app.</summary>
    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (await RunAsync(args, CliConsole.System) is not { } exitCode)
        {
            return false;
        }

        Environment.ExitCode = exitCode;
        return true;
    }

    /// <summary>The command's exit code, or null if the arguments name no command.</summary>
    public static async Task<int?> RunAsync(string[] args, CliConsole console)
    {
        switch (args)
        {
            case ["audit", "verify", .. var rest]:
                return await AuditVerifyCommand.RunAsync(rest, console);
            case ["admin", "create", .. var rest]:
                return await AdminCreateCommand.RunAsync(rest, console);
            case ["admin", "import", .. var rest]:
                return await AdminImportCommand.RunAsync(rest, console);
            case ["audit" or "admin", ..]:
                await console.Error.WriteLineAsync(Usage);
                return 2;
            default:
                return null;
        }
    }
}
