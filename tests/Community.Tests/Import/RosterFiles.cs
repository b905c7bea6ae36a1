namespace BuildingBot.Community.Tests.Import;

/// <summary>Small, valid roster files of a two-building compound, as staff would export them.</summary>
internal static class RosterFiles
{
    public const string Buildings = """
        community,compound_code,compound_name,building_code,building_name,units,party_branch,party_group
        幸福里社区,XF01,幸福家园,1,1幢,2,幸福家园党支部,1幢党小组
        幸福里社区,XF01,幸福家园,3,3幢,2,幸福家园党支部,
        """;

    public const string Residents = """
        compound_code,building_code,unit,room,name,phone,party_member,channel,channel_user_id
        XF01,1,1,101,张秀英,13800000001,是,wecom,wm-zhang
        XF01,1,1,101,李建国,,否,,
        XF01,1,2,502,,,,,
        XF01,3,2,501,欧阳紅梅,0571-87654321,否,simulator,sim-r1
        """;

    public const string Grids = """
        community,grid_code,grid_name,compound_code,building_codes
        幸福里社区,G01,幸福家园网格,XF01,1;3
        """;

    public const string GridMembers = """
        grid_code,name,role,phone,channel,channel_user_id,compound_code,building_code
        G01,王建华,网格长,13800100001,wecom,wangjianhua,,
        G01,李秀英,楼栋长,,wecom,lixiuying,XF01,3
        """;

    public const string Groups = """
        compound_code,building_code,channel,chat_id,group_name,delivery_mode
        XF01,1,wecom,wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA,1幢 业主群,customer_group
        XF01,3,simulator,sim-g-3,3幢 业主群,
        """;
}
