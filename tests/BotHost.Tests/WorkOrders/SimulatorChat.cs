using System.Net.Http.Json;
using System.Text.Json;
using BuildingBot.BotHost.Simulator;

namespace BuildingBot.BotHost.Tests.WorkOrders;

/// <summary>Talks through the simulator's HTTP API like the page does, and waits for the bot's answers.</summary>
internal sealed class SimulatorChat(HttpClient client)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SayInGroupAsync(string chatId, string userId, string text)
    {
        using var response = await client.PostAsJsonAsync($"/simulator/api/groups/{chatId}/messages", new SimulatorPost(userId, text, null));
        response.EnsureSuccessStatusCode();
    }

    public async Task SayPrivatelyAsync(string userId, string text)
    {
        using var response = await client.PostAsJsonAsync($"/simulator/api/private/{userId}/messages", new SimulatorPost(userId, text, null));
        response.EnsureSuccessStatusCode();
    }

    public async Task PressAsync(string userId, string value)
    {
        using var response = await client.PostAsJsonAsync($"/simulator/api/private/{userId}/actions", new { value });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The first bot message in the conversation (a group id or a user id) that contains <paramref name="part"/>; waits up to 45 s (a loaded CI machine starts hosts slowly).</summary>
    public async Task<SimulatorMessageView> BotSaysAsync(string conversationId, string part, bool group = false)
    {
        var path = group ? $"/simulator/api/groups/{conversationId}/messages" : $"/simulator/api/private/{conversationId}/messages";
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (true)
        {
            var messages = (await client.GetFromJsonAsync<List<SimulatorMessageView>>(path, Json))!;
            if (messages.FirstOrDefault(m => m.FromBot && m.Text.Contains(part, StringComparison.Ordinal)) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException(
                    $"The bot never said “{part}” in {conversationId}; it said: {string.Join(" | ", messages.Where(m => m.FromBot).Select(m => m.Text))}");
            }

            await Task.Delay(150);
        }
    }
}
