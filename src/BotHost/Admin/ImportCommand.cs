using BuildingBot.Community.Import;

namespace BuildingBot.BotHost.Admin;

/// <summary>`dotnet run --project src/BotHost -- import &lt;kind&gt; &lt;file&gt;`: the same import as the API, from a shell.</summary>
internal static class ImportCommand
{
    public static bool IsImport(string[] args) => args is ["import", ..];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args is not ["import", var kindText, var path])
        {
            Console.Error.WriteLine($"usage: import <kind> <file.csv>   kinds: {RosterKindNames.All}");
            return 2;
        }

        if (!RosterKindNames.TryParse(kindText, out var kind))
        {
            Console.Error.WriteLine($"Unknown roster kind '{kindText}'. Use one of: {RosterKindNames.All}.");
            return 2;
        }

        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"File not found: {path}");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await using var file = File.OpenRead(path);
        var result = await scope.ServiceProvider.GetRequiredService<RosterImporter>().ImportAsync(kind, file);
        if (result.Succeeded)
        {
            Console.WriteLine($"Imported {path}: {result.Rows} rows, {result.Created} records created, {result.Updated} updated.");
            return 0;
        }

        Console.Error.WriteLine($"Rejected {path}; nothing was written. {result.Problems.Count} problem(s):");
        foreach (var problem in result.Problems)
        {
            Console.Error.WriteLine($"  {problem}");
        }

        return 1;
    }
}
