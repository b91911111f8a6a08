using System.Diagnostics;

namespace HeresHealthy.Testing.Processes;

/// <summary>
/// The built web app (`dotnet HeresHealthy.Web.dll`) run once as an operator's command (`admin create`, `admin import`,
/// `audit verify`) in web/, as on the server: what it wrote and its exit code.
/// </summary>
public static class WebCommand
{
    /// <summary>web/bin/&lt;the tests' configuration&gt;/net10.0/HeresHealthy.Web.dll, built by the solution's build.</summary>
    public static string Dll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<Configuration>/<framework>
            return Path.Combine(RepositoryRoot.Path, "web", "bin", configuration, "net10.0", "HeresHealthy.Web.dll");
        }
    }

    /// <summary>Runs the command with <paramref name="arguments"/> and <paramref name="environment"/> added to this process's environment; standard input is closed.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(RepositoryRoot.Path, "web"),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {Dll} did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {Dll} {string.Join(' ', start.ArgumentList.Skip(1))} did not end within 3 minutes:\n{await output}{await errors}");
        }

        return (process.ExitCode, await output, await errors);
    }
}
