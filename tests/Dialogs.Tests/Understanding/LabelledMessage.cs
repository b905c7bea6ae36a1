namespace BuildingBot.Dialogs.Tests.Understanding;

/// <summary>One row of Data/messages.tsv: a message and what the bot should understand of it.</summary>
public sealed record LabelledMessage(int Line, string Text, string Intent, string Category, IReadOnlyDictionary<string, string> Entities)
{
    public static IReadOnlyList<LabelledMessage> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "messages.tsv");
        return File.ReadAllLines(path)
            .Select((line, index) => (line, index))
            .Where(x => x.line.Length > 0 && !x.line.StartsWith('#'))
            .Select(x =>
            {
                var columns = x.line.Split('\t');
                var entities = columns.Length > 3 && columns[3].Length > 0
                    ? columns[3].Split(';').Select(e => e.Split('=', 2)).ToDictionary(e => e[0], e => e[1])
                    : new Dictionary<string, string>();
                return new LabelledMessage(x.index + 1, columns[0], columns[1], columns[2], entities);
            })
            .ToList();
    }
}
