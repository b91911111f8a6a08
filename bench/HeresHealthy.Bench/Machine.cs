using System.Globalization;

namespace HeresHealthy.Bench;

/// <summary>What /proc says about this machine and a process on it.</summary>
internal static class Machine
{
    public static string Load => File.ReadAllText("/proc/loadavg").Trim();

    /// <summary>VmRSS of the process, in KiB.</summary>
    public static double ResidentKiB(int processId) =>
        double.Parse(File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
