using System.Text.Json;
using System.Text.Json.Serialization;
using BuildingBot.Community.Policies;

namespace BuildingBot.BotHost.Policies;

/// <summary>Lets the admin API take a policy topic in Chinese (出行) as well as its English name; answers use the English name.</summary>
internal sealed class PolicyTopicJsonConverter : JsonConverter<PolicyTopic>
{
    public override PolicyTopic Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && PolicyTopicNames.TryParse(reader.GetString(), out var topic)
            ? topic
            : throw new JsonException($"topic must be one of {PolicyTopicNames.All} (or its English name).");

    public override void Write(Utf8JsonWriter writer, PolicyTopic value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
