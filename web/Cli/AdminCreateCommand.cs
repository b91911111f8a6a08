using System.Text;
using System.Text.RegularExpressions;
using HeresHealthy.Grains.Abstractions.Accounts;
using HeresHealthy.Grains.Abstractions.Common;
using HeresHealthy.Grains.Abstractions.Network;

namespace HeresHealthy.Web.Cli;

/// <summary>
/// <c>admin create</c>: the production bootstrap of an Admin or a data-protection officer account. There is no default
/// password: it comes from HERES_ADMIN_PASSWORD or standard input, needs 12 characters and is never printed.
/// An existing account is never overwritten.
/// </summary>
internal static partial class AdminCreateCommand
{
    public const string PasswordVariable = "HERES_ADMIN_PASSWORD";
    public const int MinPasswordLength = 12;

    /// <summary>The network an Admin account sets up when no --network is given: HERE's healthy.</summary>
    public const string DefaultNetwork = "heres-healthy";

    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var (options, configuration) = Split(args);
        var userName = options.GetValueOrDefault("--user")?.Trim().ToLowerInvariant();
        var role = options.GetValueOrDefault("--role") ?? nameof(ActorRole.Admin);
        var network = options.GetValueOrDefault("--network")?.Trim();
        var networkGiven = network is not null;
        if (userName is null || !SafeUserName().IsMatch(userName)
            || !Enum.TryParse<ActorRole>(role, out var actorRole) || actorRole is not (ActorRole.Admin or ActorRole.DataProtectionOfficer or ActorRole.Reporting)
            || (actorRole == ActorRole.Reporting && network is null) || (actorRole == ActorRole.DataProtectionOfficer && networkGiven)
            || (network is not null && !SafeUserName().IsMatch(network)))
        {
            await console.Error.WriteLineAsync(
                $"admin create: --user (2-100 of a-z 0-9 . _ -) is needed; --role is Admin, DataProtectionOfficer or Reporting (Berichte); Reporting needs --network, Admin takes one (default {DefaultNetwork}).\n{HeresCli.Usage}");
            return 2;
        }

        var password = console.Environment(PasswordVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : await ReadPasswordAsync(console);
        if (password is not { Length: >= MinPasswordLength })
        {
            await console.Error.WriteLineAsync($"admin create: refused, a password of at least {MinPasswordLength} characters is needed (from {PasswordVariable} or standard input).");
            return 1;
        }

        await using var app = await CliHost.StartAsync(configuration);
        var account = app.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(userName);
        if (await account.GetAsync() is not null)
        {
            await console.Error.WriteLineAsync($"admin create: refused, the account {userName} exists already.");
            return 1;
        }

        var display = options.GetValueOrDefault("--display") ?? actorRole switch
        {
            ActorRole.Admin => "Administration",
            ActorRole.Reporting => "Berichte",
            _ => "Datenschutzbeauftragte",
        };
        network ??= actorRole == ActorRole.Admin ? DefaultNetwork : "";
        var result = await account.SetAsync(new AccountProfile(userName, display, actorRole, userName, network), password);
        if (!result.Accepted)
        {
            await console.Error.WriteLineAsync($"admin create: refused: {result.Refusal?.Message}");
            return 1;
        }

        if (network.Length > 0)
        {
            // Listed on the admin page of its network, like every account made there.
            await app.Services.GetRequiredService<IGrainFactory>().GetGrain<INetworkGrain>(network).AdoptAccountAsync(userName);
        }

        await console.Out.WriteLineAsync($"admin create: account {userName} ({actorRole}) created{(network.Length > 0 ? $" for the network {network}" : "")}.");
        return 0;
    }

    /// <summary>The command's own options (--user, --display, --role, --network, each with a value) apart from configuration arguments.</summary>
    private static (Dictionary<string, string> Options, string[] Configuration) Split(string[] args)
    {
        var options = new Dictionary<string, string>();
        var configuration = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--user" or "--display" or "--role" or "--network" && i + 1 < args.Length)
            {
                options[args[i]] = args[++i];
            }
            else
            {
                configuration.Add(args[i]);
            }
        }

        return (options, [.. configuration]);
    }

    private static async Task<string?> ReadPasswordAsync(CliConsole console)
    {
        if (!console.IsInteractive)
        {
            return await console.In.ReadLineAsync();
        }

        await console.Error.WriteAsync("Password (at least 12 characters, not shown): ");
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
            {
                typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        await console.Error.WriteLineAsync();
        return typed.ToString();
    }

    [GeneratedRegex("^[a-z0-9._-]{2,100}$")]
    private static partial Regex SafeUserName();
}
