namespace BuildingBot.Community.Simulator;

/// <summary>
/// A line of the local simulator's chats (people's messages and the bot's deliveries), kept so
/// every open page and every process shows the same history.
/// </summary>
public sealed class SimulatorMessage
{
    public long Id { get; set; }

    /// <summary>The group's chat id, or the person's user id for their private chat with the bot.</summary>
    public required string ConversationId { get; set; }

    public bool IsGroup { get; set; }

    /// <summary>Who wrote it; empty for the bot.</summary>
    public required string SenderId { get; set; }

    public required string SenderName { get; set; }

    public bool FromBot { get; set; }

    public required string Text { get; set; }

    /// <summary>Image addresses (data: URLs from the page, or http URLs) as a JSON array; older rows are newline-separated.</summary>
    public string? Images { get; set; }

    /// <summary>For a bot message in a group: the member it answers (@name).</summary>
    public string? MentionName { get; set; }

    /// <summary>Card buttons under a bot message, as JSON [{"title","value"}].</summary>
    public string? Buttons { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
