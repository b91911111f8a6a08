using System.Diagnostics;
using System.Net;
using System.Text;

namespace HeresHealthy.Browser.Tests.Fixtures;

/// <summary>
/// One node of the app as its own process (`dotnet HeresHealthy.Web.dll`, built by the solution's build) on a loopback
/// port of its own, with the given configuration as environment variables; what it writes is kept for a failure message.
/// Stopping kills the process (and only it).
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private NodeProcess(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts a node and waits until /health answers 200.</summary>
    public static async Task<NodeProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var web = Path.Combine(RepositoryRoot.Path, "web");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<Configuration>/<framework>
        var dll = Path.Combine(web, "bin", configuration, "net10.0", "HeresHealthy.Web.dll");
        var address = new Uri($"http://127.0.0.1:{HeresHealthy.Testing.LoopbackPort.Free()}");
        var start = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {dll} did not start.");
        var node = new NodeProcess(process, address);
        process.OutputDataReceived += (_, line) => node.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => node.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await node.WaitHealthyAsync();
        return node;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGSTOP (true) or SIGCONT (false): the node stops answering anything, as a hung machine does, or goes on.</summary>
    public void Freeze(bool frozen)
    {
        using var signal = Process.Start("kill", [frozen ? "-STOP" : "-CONT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        signal.WaitForExit();
    }

    /// <summary>kill -9: the node gets no chance to leave the cluster or finish anything.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Freeze(false); // a stopped process does not die of SIGKILL until it is continued
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The node at {Address} exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy starting
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The node at {Address} did not become healthy:\n{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
