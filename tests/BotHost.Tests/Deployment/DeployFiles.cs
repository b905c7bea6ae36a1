using BuildingBot.TestSupport;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace BuildingBot.BotHost.Tests.Deployment;

/// <summary>Reads the files under deploy/: YAML (with compose's <c>&lt;&lt;: *anchor</c> merges applied) as nested dictionaries.</summary>
internal static class DeployFiles
{
    public static string PathOf(params string[] parts) => RepositoryFiles.Path(["deploy", .. parts]);

    public static string Text(params string[] parts) => File.ReadAllText(PathOf(parts));

    /// <summary>Every document of a YAML file.</summary>
    public static IReadOnlyList<Dictionary<object, object>> Yaml(params string[] parts)
    {
        var deserializer = new DeserializerBuilder().Build();
        var parser = new MergingParser(new Parser(new StringReader(Text(parts))));
        parser.Consume<YamlDotNet.Core.Events.StreamStart>();
        var documents = new List<Dictionary<object, object>>();
        while (parser.Accept<YamlDotNet.Core.Events.DocumentStart>(out _))
        {
            documents.Add(deserializer.Deserialize<Dictionary<object, object>>(parser));
        }

        return documents;
    }

    /// <summary>The value at a path of mapping keys (or list indexes), or null.</summary>
    public static object? At(object? node, params object[] path)
    {
        foreach (var step in path)
        {
            node = (node, step) switch
            {
                (Dictionary<object, object> map, string key) => map.TryGetValue(key, out var value) ? value : null,
                (List<object> list, int index) => index < list.Count ? list[index] : null,
                _ => null,
            };
        }

        return node;
    }

    public static Dictionary<object, object> Map(object? node, params object[] path) =>
        At(node, path) as Dictionary<object, object> ?? throw new InvalidDataException($"No mapping at {string.Join('.', path)}");

    public static IEnumerable<object> List(object? node, params object[] path) => At(node, path) as List<object> ?? [];

    public static IEnumerable<string> Keys(Dictionary<object, object> map) => map.Keys.Select(k => (string)k);
}
