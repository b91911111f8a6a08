using System.Diagnostics;

namespace HeresHealthy.Testing;

/// <summary>
/// A PostgreSQL server of one test's own (Debian's binaries, a temporary folder, a free loopback port), for tests that
/// stop and start the database under the app: the run's shared server stays up for everybody else. As root the
/// cluster belongs to the postgres system user, as in scripts/with-postgres.sh.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("heres-private-pg-").FullName;
    private readonly string _bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Order().Last();
    private readonly int _port = LoopbackPort.Free();

    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres;Timeout=3";

    public static async Task<PrivatePostgres> StartAsync()
    {
        var server = new PrivatePostgres();
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres", server._folder);
        }

        await server.AsOwnerAsync("initdb", "-D", server.Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8");
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Stops the server at once (connections are cut), as a crash or a restart does.</summary>
    public Task StopAsync() => AsOwnerAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");

    public Task StartAgainAsync() => AsOwnerAsync("pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w",
        "-o", $"-c listen_addresses=127.0.0.1 -p {_port} -k {_folder} -c fsync=off", "start");

    public async ValueTask DisposeAsync()
    {
        await AsOwnerAsync("pg_ctl", "-D", Data, "-m", "immediate", "stop").ContinueWith(_ => { }, TaskScheduler.Default);
        Directory.Delete(_folder, recursive: true);
    }

    private string Data => Path.Combine(_folder, "data");

    private Task AsOwnerAsync(string tool, params string[] arguments) => Environment.UserName == "root"
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
        : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await errors}");
        }
    }
}
