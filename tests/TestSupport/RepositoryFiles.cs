namespace BuildingBot.TestSupport;

/// <summary>Files of this repository (samples, scripts), found by walking up to BuildingBot.sln.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "BuildingBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("BuildingBot.sln not found above " + AppContext.BaseDirectory);
    }
}
