using System.Text.Json;

namespace BuildingBot.WeCom.Callbacks;

/// <summary>
/// Typed reads of a callback's JSON: a field that is absent or null reads as null; a field of the wrong JSON
/// kind (an array where an object belongs, a number where a string belongs …) refuses the callback.
/// </summary>
internal static class JsonFields
{
    public static JsonElement? Object(JsonElement element, string name) => Field(element, name, JsonValueKind.Object, "an object");

    public static JsonElement? Array(JsonElement element, string name) => Field(element, name, JsonValueKind.Array, "an array");

    public static string? String(JsonElement element, string name)
    {
        if (Field(element, name, JsonValueKind.String, "a string") is not { } value)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException exception)
        {
            // A lone surrogate escape (\ud800) is valid JSON but no valid text.
            throw new CallbackRejectedException("parse", $"'{name}' is not valid text", exception);
        }
    }

    /// <summary>An id (msgid, userid, chatid): text without control characters, which no WeCom id has.</summary>
    public static string? Id(JsonElement element, string name) => CallbackIds.Check(String(element, name), name);

    public static void RequireObject(JsonElement element, string what)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new CallbackRejectedException("parse", $"{what} is {Kind(element.ValueKind)}, not an object");
        }
    }

    private static JsonElement? Field(JsonElement element, string name, JsonValueKind kind, string expected)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == kind ? value : throw new CallbackRejectedException("parse", $"'{name}' is {Kind(value.ValueKind)}, not {expected}");
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
