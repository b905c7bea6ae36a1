namespace BuildingBot.Community.Categories;

/// <summary>The Chinese name residents and grid members read for each category.</summary>
public static class ProblemCategoryNames
{
    public static string ToChinese(this ProblemCategory category) => category switch
    {
        ProblemCategory.Childcare => "育儿",
        ProblemCategory.ElderlyCare => "养老",
        ProblemCategory.Medical => "就医",
        ProblemCategory.Schooling => "入学",
        ProblemCategory.NeighbourDispute => "邻里纠纷",
        ProblemCategory.RepairsProperty => "物业维修",
        ProblemCategory.Sanitation => "环境卫生",
        ProblemCategory.Safety => "治安安全",
        ProblemCategory.Consultation => "咨询",
        _ => "其他",
    };
}
