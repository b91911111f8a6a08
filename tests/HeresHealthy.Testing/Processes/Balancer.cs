using System.Diagnostics;
using System.Text;

namespace HeresHealthy.Testing.Processes;

/// <summary>
/// Debian's nginx in front of the given nodes on a loopback port of its own, as scripts/cluster.sh and
/// compose/nginx.conf run it: the same compose/heres-proxy.conf (retries, hub stickiness by session cookie). Each answer
/// names the node that gave it (X-Heres-Upstream), so a test knows where a hub connection landed.
/// </summary>
public sealed class Balancer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private Balancer(Process process, string folder, Uri address) => (_process, _folder, Address) = (process, folder, address);

    public Uri Address { get; }

    public static async Task<Balancer> StartAsync(params NodeProcess[] nodes)
    {
        var folder = Directory.CreateTempSubdirectory("heres-nginx-").FullName;
        var address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
        var servers = new StringBuilder();
        foreach (var node in nodes)
        {
            servers.Append(FormattableString.Invariant($"    server {node.Address.Authority} max_fails=1 fail_timeout=2s;\n"));
        }

        var proxy = Path.Combine(RepositoryRoot.Path, "compose", "heres-proxy.conf");
        var maps = Path.Combine(RepositoryRoot.Path, "compose", "heres-maps.conf");
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            pid {{folder}}/nginx.pid;
            worker_processes 1;
            events { worker_connections 4096; }
            http {
              access_log off;
              client_body_temp_path {{folder}}/body;
              proxy_temp_path {{folder}}/proxy;
              fastcgi_temp_path {{folder}}/fastcgi;
              uwsgi_temp_path {{folder}}/uwsgi;
              scgi_temp_path {{folder}}/scgi;
              upstream app {
            {{servers}}  }
              upstream hubs {
                hash $heres_session consistent;
            {{servers}}  }
              include {{maps}};
              server {
                listen {{address.Authority}};
                add_header X-Heres-Upstream $upstream_addr always;
                include {{proxy}};
              }
            }
            """);
        var start = new ProcessStartInfo(Nginx, ["-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log"), "-g", "daemon off;"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
        var balancer = new Balancer(process, folder, address);
        await balancer.WaitListeningAsync();
        return balancer;
    }

    /// <summary>What nginx logged (errors and the upstreams it gave up on), for a failure message.</summary>
    public string ErrorLog => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static string Nginx => File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";

    private Task WaitListeningAsync() => Health.WaitAsync(Address,
        async () => _process.HasExited ? $"nginx exited with {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync()}" : null,
        100, TimeSpan.FromMilliseconds(100), () => ErrorLog);
}
