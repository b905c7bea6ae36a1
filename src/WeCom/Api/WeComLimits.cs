namespace BuildingBot.WeCom.Api;

/// <summary>
/// WeCom's published frequency limits per route, so a sender waits instead of having WeCom drop messages (45009, 45033):
/// every corp API at most 10,000 calls a minute and 150,000 an hour; an app's messages to one member at most 30 a
/// minute and 1,000 an hour; an app's messages into one group chat at most 200 a minute and 10,000 a day (what each
/// member of it may receive); a group robot 20 messages a minute. A smart bot's response_url is used once per message
/// it received and is not counted against the group's robot.
/// </summary>
public static class WeComLimits
{
    public const int CorpApiPerMinute = 10_000;
    public const int CorpApiPerHour = 150_000;
    public const int MemberPerMinute = 30;
    public const int MemberPerHour = 1_000;
    public const int AppChatPerMinute = 200;
    public const int AppChatPerDay = 10_000;
    public const int WebhookPerMinute = 20;

    /// <param name="route">The route.</param>
    /// <param name="target">The member, chat or webhook the message goes to.</param>
    public static IReadOnlyList<WeComLimit> For(WeComRoute route, string target) => route switch
    {
        WeComRoute.ResponseUrl => [],
        WeComRoute.Webhook => [new($"wecom:webhook:{target}:minute", WebhookPerMinute, TimeSpan.FromMinutes(1))],
        WeComRoute.MessageSend =>
        [
            new($"wecom:member:{target}:minute", MemberPerMinute, TimeSpan.FromMinutes(1)),
            new($"wecom:member:{target}:hour", MemberPerHour, TimeSpan.FromHours(1)),
            .. CorpApi("message/send"),
        ],
        WeComRoute.AppChat =>
        [
            new($"wecom:appchat:{target}:minute", AppChatPerMinute, TimeSpan.FromMinutes(1)),
            new($"wecom:appchat:{target}:day", AppChatPerDay, TimeSpan.FromDays(1)),
            .. CorpApi("appchat/send"),
        ],
        WeComRoute.CustomerGroup => CorpApi("externalcontact/add_msg_template"),
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "unknown WeCom route"),
    };

    private static WeComLimit[] CorpApi(string path) =>
    [
        new($"wecom:api:{path}:minute", CorpApiPerMinute, TimeSpan.FromMinutes(1)),
        new($"wecom:api:{path}:hour", CorpApiPerHour, TimeSpan.FromHours(1)),
    ];
}
