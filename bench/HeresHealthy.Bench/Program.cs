using BenchmarkDotNet.Running;
using HeresHealthy.Bench;

if (args is ["bare-hub", ..])
{
    await BareHubServer.RunAsync();
    return 0;
}

if (!BenchPostgres.IsConfigured)
{
    Console.Error.WriteLine($"{BenchPostgres.Variable} is not set: run bench/run.sh, which starts a throwaway PostgreSQL, or set it to a connection string.");
    return 2;
}

if (args is ["commands", ..])
{
    await CommandLoad.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4000);
    return 0;
}

if (args is ["connections", ..])
{
    await ConnectionsLoad.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10000);
    return 0;
}

if (args is ["cases", ..])
{
    await CasesLoad.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100000);
    return 0;
}

if (args is ["rate", ..])
{
    await RateLoad.RunAsync();
    return 0;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(args, BenchConfig.Create()).ToList();
foreach (var summary in summaries)
{
    Console.WriteLine($"Report of {summary.Title}: {summary.ResultsDirectoryPath}");
}

return summaries.All(s => !s.HasCriticalValidationErrors && s.Reports.All(r => r.Success)) ? 0 : 1;
