namespace BuildingBot.Community.Party;

/// <summary>Where a registered 在职党员 serves in the compound they live in.</summary>
public enum ServicePost
{
    /// <summary>楼栋长助理.</summary>
    BuildingCaptainAssistant,

    /// <summary>志愿岗.</summary>
    Volunteer,

    /// <summary>邻里互助.</summary>
    MutualHelp,

    /// <summary>红色星期天 team.</summary>
    RedSunday,
}
