namespace BuildingBot.Community.Policies;

/// <summary>What a policy is about.</summary>
public enum PolicyTopic
{
    /// <summary>出行.</summary>
    Travel,

    /// <summary>医保.</summary>
    MedicalInsurance,

    /// <summary>入学.</summary>
    Schooling,

    /// <summary>养老.</summary>
    ElderlyCare,

    /// <summary>育儿.</summary>
    Childcare,

    /// <summary>就业.</summary>
    Employment,

    /// <summary>社区事务.</summary>
    CommunityAffairs,

    /// <summary>其他.</summary>
    Other,
}
