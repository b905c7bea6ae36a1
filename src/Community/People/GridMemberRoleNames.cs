namespace BuildingBot.Community.People;

/// <summary>The Chinese names of the grid roles.</summary>
public static class GridMemberRoleNames
{
    public static string ToChinese(this GridMemberRole role) => role switch
    {
        GridMemberRole.GridLeader => "网格长",
        GridMemberRole.BuildingCaptain => "楼栋长",
        GridMemberRole.Mediator => "调解员",
        _ => "网格员",
    };
}
