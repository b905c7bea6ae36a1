using BuildingBot.BotHost.Tests.Roster;

namespace BuildingBot.BotHost.Tests.MutualHelp;

/// <summary>A small compound for 邻里互助, imported as staff would: 互助苑 (XF10), two buildings with a group each, residents with phones.</summary>
internal static class HelpRoster
{
    public const string Group1 = "sim-g-XF10-1";
    public const string Group2 = "sim-g-XF10-2";

    /// <summary>1-101, asks for help.</summary>
    public const string Chen = "sim-hz-chen";

    /// <summary>1-102, helps.</summary>
    public const string Lin = "sim-hz-lin";

    /// <summary>2-101, offers to help too.</summary>
    public const string Zhou = "sim-hz-zhou";

    /// <summary>2-102.</summary>
    public const string Wu = "sim-hz-wu";

    public const string ChenPhone = "13800001111";
    public const string LinPhone = "13900002222";

    public static readonly string[] Names = ["陈晓红", "林国栋", "周志强", "吴秀兰"];

    private const string Buildings = """
        community,compound_code,compound_name,building_code,building_name,units,party_branch,party_group
        幸福里社区,XF10,互助苑,1,1幢,1,互助苑党支部,1幢党小组
        幸福里社区,XF10,互助苑,2,2幢,1,互助苑党支部,2幢党小组
        """;

    private const string Residents = """
        compound_code,building_code,unit,room,name,phone,party_member,channel,channel_user_id
        XF10,1,1,101,陈晓红,13800001111,否,simulator,sim-hz-chen
        XF10,1,1,102,林国栋,13900002222,是,simulator,sim-hz-lin
        XF10,2,1,101,周志强,13700003333,否,simulator,sim-hz-zhou
        XF10,2,1,102,吴秀兰,13600004444,否,simulator,sim-hz-wu
        """;

    private const string Groups = """
        compound_code,building_code,channel,chat_id,group_name,delivery_mode
        XF10,1,simulator,sim-g-XF10-1,互助苑1幢 业主群,simulator
        XF10,2,simulator,sim-g-XF10-2,互助苑2幢 业主群,simulator
        """;

    public static Task ImportAsync(HttpClient client) =>
        RosterFiles.ImportAsync(client, ("buildings", Buildings), ("residents", Residents), ("groups", Groups));
}
