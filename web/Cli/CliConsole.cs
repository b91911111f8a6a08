namespace HeresHealthy.Web.Cli;

/// <summary>What a command reads and writes: standard input, output, error and environment variables (replaced in tests).</summary>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, Func<string, string?> Environment)
{
    public static CliConsole System { get; } = new(Console.In, Console.Out, Console.Error, global::System.Environment.GetEnvironmentVariable);

    /// <summary>True when input is a person at a terminal (then a password is read without echo).</summary>
    public bool IsInteractive => ReferenceEquals(this, System) && !Console.IsInputRedirected;
}
