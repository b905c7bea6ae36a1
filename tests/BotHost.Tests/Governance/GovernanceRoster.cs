using BuildingBot.BotHost.Tests.Roster;
using BuildingBot.BotHost.Tests.StaffConsole;

namespace BuildingBot.BotHost.Tests.Governance;

/// <summary>
/// A small compound for votes, imported as staff would: 共建苑 (XF09), two buildings with a group each, six households
/// of 600 m² in all (floor_area in the residents file). 1-101 has two residents; 2-201 has none.
/// </summary>
internal static class GovernanceRoster
{
    public const string Group1 = "sim-g-XF09-1";
    public const string Group2 = "sim-g-XF09-2";

    /// <summary>1-101 (100 m²), both of them.</summary>
    public const string Chen = "sim-x9-chen";
    public const string Lin = "sim-x9-lin";

    /// <summary>1-102 (100 m²).</summary>
    public const string Zhou = "sim-x9-zhou";

    /// <summary>1-201 (80 m²).</summary>
    public const string Wu = "sim-x9-wu";

    /// <summary>2-101 (120 m²).</summary>
    public const string Zheng = "sim-x9-zheng";

    /// <summary>2-102 (100 m²).</summary>
    public const string Feng = "sim-x9-feng";

    public static readonly string[] Names = ["陈晓明", "林雪", "周强", "吴芳", "郑伟", "冯丽"];

    private const string Buildings = """
        community,compound_code,compound_name,building_code,building_name,units,party_branch,party_group
        幸福里社区,XF09,共建苑,1,1幢,1,共建苑党支部,1幢党小组
        幸福里社区,XF09,共建苑,2,2幢,1,共建苑党支部,2幢党小组
        """;

    private const string Residents = """
        compound_code,building_code,unit,room,name,phone,party_member,channel,channel_user_id,floor_area
        XF09,1,1,101,陈晓明,,是,simulator,sim-x9-chen,100
        XF09,1,1,101,林雪,,否,simulator,sim-x9-lin,100
        XF09,1,1,102,周强,,否,simulator,sim-x9-zhou,100.00
        XF09,1,1,201,吴芳,,否,simulator,sim-x9-wu,80
        XF09,2,1,101,郑伟,,否,simulator,sim-x9-zheng,120
        XF09,2,1,102,冯丽,,否,simulator,sim-x9-feng,100
        XF09,2,1,201,,,,,,100
        """;

    private const string Groups = """
        compound_code,building_code,channel,chat_id,group_name,delivery_mode
        XF09,1,simulator,sim-g-XF09-1,共建苑1幢 业主群,simulator
        XF09,2,simulator,sim-g-XF09-2,共建苑2幢 业主群,simulator
        """;

    public static Task ImportAsync(HttpClient client) =>
        RosterFiles.ImportAsync(client, ("buildings", Buildings), ("residents", Residents), ("groups", Groups));

    /// <summary>Posts a console form of the matter page (the next stage, the vote …) and expects it to go through.</summary>
    public static async Task ActAsync(ConsoleClient admin, string number, string handler, Dictionary<string, string>? fields = null)
    {
        using var response = await admin.PostFormAsync($"/console/matters/{number}", $"/console/matters/{number}?handler={handler}", fields ?? []);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"{handler}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
