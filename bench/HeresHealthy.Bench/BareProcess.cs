using System.Diagnostics;
using HeresHealthy.Testing;
using HeresHealthy.Testing.Processes;

namespace HeresHealthy.Bench;

/// <summary>The bare hub (<see cref="BareHubServer"/>) as a process of its own on a free loopback port.</summary>
internal sealed class BareProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BareProcess(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    public static async Task<BareProcess> StartAsync()
    {
        var address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
        var start = new ProcessStartInfo("dotnet", [typeof(BareProcess).Assembly.Location, "bare-hub"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The bare hub did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => Console.Error.WriteLine(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await Health.WaitAsync(address, () => Task.FromResult(process.HasExited ? "the bare hub exited" : null), 120, TimeSpan.FromMilliseconds(250), () => "");
        return new BareProcess(process, address);
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
