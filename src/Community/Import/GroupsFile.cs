using BuildingBot.Community.Channels;
using BuildingBot.Community.Groups;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Import;

/// <summary>
/// groups.csv: compound_code, building_code, channel, chat_id, group_name, delivery_mode, webhook_key,
/// owner_user_id. Binds a group chat to a building; keyed by channel and chat_id. A robot group needs
/// its webhook_key, a customer group its owner's WeCom userid.
/// </summary>
internal sealed class GroupsFile : IRosterFile
{
    public RosterKind Kind => RosterKind.Groups;

    public IReadOnlyList<string> RequiredColumns { get; } = ["compound_code", "building_code", "chat_id", "group_name"];

    public async Task StageAsync(CsvTable table, CommunityDbContext db, CancellationToken cancellationToken)
    {
        var index = await BuildingIndex.LoadAsync(db, cancellationToken).ConfigureAwait(false);
        var groups = await db.BuildingGroups
            .ToDictionaryAsync(g => (g.Channel, g.ChatId), cancellationToken).ConfigureAwait(false);
        var seen = new Dictionary<(ChatChannel, string), int>();

        foreach (var row in table.Rows)
        {
            var building = index.Find(row);
            var channel = row.Parse("channel", RosterValues.ParseChannel, RosterValues.Channels, required: false) ?? ChatChannel.WeCom;
            var chatId = row.Required("chat_id", 128);
            var name = row.Required("group_name");
            var mode = row.Parse("delivery_mode", RosterValues.ParseDeliveryMode, RosterValues.DeliveryModes, required: false)
                ?? (channel == ChatChannel.Simulator ? DeliveryMode.Simulator : DeliveryMode.CustomerGroupMessage);
            var webhookKey = row.Optional("webhook_key");
            var owner = row.Optional("owner_user_id");
            if (mode == DeliveryMode.GroupRobotWebhook && webhookKey.Length == 0)
            {
                row.Problem("webhook_key", "is needed for a robot_webhook group (群机器人 → 添加机器人 → Webhook 地址的 key)");
            }

            if (building is null || chatId.Length == 0 || name.Length == 0 || (mode == DeliveryMode.GroupRobotWebhook && webhookKey.Length == 0))
            {
                continue;
            }

            if ((channel == ChatChannel.Simulator) != (mode == DeliveryMode.Simulator))
            {
                row.Problem("delivery_mode", $"{mode} does not fit channel {channel}");
                continue;
            }

            if (seen.TryGetValue((channel, chatId), out var first))
            {
                row.Problem("chat_id", $"repeats row {first}");
                continue;
            }

            seen[(channel, chatId)] = row.Number;
            if (!groups.TryGetValue((channel, chatId), out var group))
            {
                group = new BuildingGroup { Channel = channel, ChatId = chatId, Name = name };
                db.BuildingGroups.Add(group);
            }

            group.Name = name;
            group.Building = building;
            group.DeliveryMode = mode;
            group.WebhookKey = webhookKey.Length > 0 ? webhookKey : null;
            group.OwnerUserId = owner.Length > 0 ? owner : null;
        }
    }
}
