using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace HeresHealthy.Testing.Processes;

/// <summary>
/// One node of the app as its own process (`dotnet HeresHealthy.Web.dll`, built by the solution's build) on a loopback
/// port of its own, with the given configuration as environment variables and a home folder of its own (as on a
/// machine of its own: nothing is shared through the file system); what it writes is kept for a failure message.
/// Stopping kills the process (and only it); a restart starts it again on the same port. What it wrote is left in
/// artifacts/node-logs when it is disposed.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly string _home = Directory.CreateTempSubdirectory("heres-node-").FullName;
    private readonly StringBuilder _output = new();
    private Process _process = null!;

    private NodeProcess(IReadOnlyDictionary<string, string> settings, Uri address) => (_settings, Address) = (settings, address);

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

    public bool HasExited => _process.HasExited;

    /// <summary>The running process's id (for its memory in /proc).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts a node and waits until /health answers 200.</summary>
    public static async Task<NodeProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var node = new NodeProcess(settings, new Uri($"http://127.0.0.1:{LoopbackPort.Free()}"));
        await node.LaunchAsync();
        return node;
    }

    /// <summary>SIGSTOP (true) or SIGCONT (false): the node stops answering anything, as a hung machine does, or goes on.</summary>
    public void Freeze(bool frozen) => Signal(frozen ? "-STOP" : "-CONT");

    /// <summary>kill -9: the node gets no chance to leave the cluster or finish anything.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as an orchestrator stops a node: it stops listening, finishes what it was doing and leaves the cluster.</summary>
    public async Task StopAsync()
    {
        Signal("-TERM");
        await _process.WaitForExitAsync();
    }

    /// <summary>Starts the stopped node again on the same port with the same settings and waits until it is healthy.</summary>
    public Task StartAgainAsync() => _process.HasExited ? LaunchAsync() : throw new InvalidOperationException("The node still runs.");

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Freeze(false); // a stopped process does not die of SIGKILL until it is continued
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_home, recursive: true);
        var logs = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "artifacts", "node-logs"));
        await File.WriteAllTextAsync(Path.Combine(logs.FullName, $"{DateTime.UtcNow:HHmmss}-{Address.Port}.log"), Output);
    }

    private async Task LaunchAsync()
    {
        var web = Path.Combine(RepositoryRoot.Path, "web");
        var dll = WebCommand.Dll;
        var start = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_URLS"] = Address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["HOME"] = _home;
        foreach (var (key, value) in _settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process?.Dispose();
        _process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {dll} did not start.");
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitHealthyAsync();
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", [signal, _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private Task WaitHealthyAsync() => Health.WaitAsync(Address,
        () => Task.FromResult(_process.HasExited ? $"the node exited with {_process.ExitCode}" : null), 240, TimeSpan.FromMilliseconds(250), () => Output);

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
