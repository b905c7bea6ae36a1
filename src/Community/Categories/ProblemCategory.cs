namespace BuildingBot.Community.Categories;

/// <summary>What a resident's problem is about; routing rules and deadlines depend on it.</summary>
public enum ProblemCategory
{
    /// <summary>其他.</summary>
    Other,

    /// <summary>育儿.</summary>
    Childcare,

    /// <summary>养老.</summary>
    ElderlyCare,

    /// <summary>就医.</summary>
    Medical,

    /// <summary>入学.</summary>
    Schooling,

    /// <summary>邻里纠纷.</summary>
    NeighbourDispute,

    /// <summary>物业维修.</summary>
    RepairsProperty,

    /// <summary>环境卫生.</summary>
    Sanitation,

    /// <summary>治安安全.</summary>
    Safety,

    /// <summary>咨询: a question the policy base could not answer, passed to a grid member.</summary>
    Consultation,
}
