namespace HeresHealthy.Testing.Processes;

/// <summary>The repository's root folder: the nearest folder above the test binaries that holds HeresHealthy.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Screenshots => Directory.CreateDirectory(System.IO.Path.Combine(Path, "artifacts", "screenshots")).FullName;

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "HeresHealthy.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No HeresHealthy.sln above {AppContext.BaseDirectory}.");
    }
}
