using System.Text.Json;
using BuildingBot.Community.Simulator;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.BotHost.Simulator;

/// <summary>A chat line as the simulator API returns it.</summary>
public sealed record SimulatorMessageView(
    long Id, string ConversationId, bool IsGroup, string SenderId, string SenderName, bool FromBot, string Text,
    IReadOnlyList<string> Images, string? MentionName, IReadOnlyList<CardButton> Buttons, DateTimeOffset CreatedAt)
{
    /// <summary>The simulator API's JSON (web defaults), shared by the live stream.</summary>
    internal static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    internal static SimulatorMessageView From(SimulatorMessage message) => new(
        message.Id, message.ConversationId, message.IsGroup, message.SenderId, message.SenderName, message.FromBot, message.Text,
        SimulatorImageColumn.Read(message.Images),
        message.MentionName,
        string.IsNullOrEmpty(message.Buttons) ? [] : JsonSerializer.Deserialize<List<CardButton>>(message.Buttons, Json) ?? [],
        message.CreatedAt);

    internal static string SerializeButtons(IReadOnlyList<CardButton> buttons) => JsonSerializer.Serialize(buttons, Json);
}
