using System.Text.Json;
using System.Text.Json.Nodes;

namespace BuildingBot.Dialogs.State;

/// <summary>
/// Named values kept between turns as JSON. Values are read back as the type asked for, so a
/// number stored as an int comes back an int, not a double or a JsonElement.
/// </summary>
public sealed class StateBag
{
    internal StateBag(JsonObject values) => Values = values;

    public StateBag()
        : this([])
    {
    }

    internal JsonObject Values { get; }

    public bool Contains(string key) => Values.ContainsKey(key);

    public T? Get<T>(string key) =>
        Values.TryGetPropertyValue(key, out var node) && node is not null ? node.Deserialize<T>(StateJson.Options) : default;

    public bool TryGet<T>(string key, out T value)
    {
        if (Values.TryGetPropertyValue(key, out var node) && node is not null)
        {
            value = node.Deserialize<T>(StateJson.Options)!;
            return true;
        }

        value = default!;
        return false;
    }

    public void Set<T>(string key, T value) => Values[key] = JsonSerializer.SerializeToNode(value, StateJson.Options);

    public void Remove(string key) => Values.Remove(key);

    public void Clear() => Values.Clear();
}
