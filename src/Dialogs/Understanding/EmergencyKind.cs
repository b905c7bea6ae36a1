namespace BuildingBot.Dialogs.Understanding;

/// <summary>The emergencies that get the emergency numbers before anything else.</summary>
[Flags]
public enum EmergencyKind
{
    None = 0,

    /// <summary>着火, 冒烟: 119.</summary>
    Fire = 1,

    /// <summary>煤气/燃气泄漏: 119.</summary>
    Gas = 2,

    /// <summary>被困 (lift, room): 119.</summary>
    Trapped = 4,

    /// <summary>受伤, 晕倒: 120.</summary>
    Injured = 8,

    /// <summary>打架, 入室盗窃 in progress: 110.</summary>
    Crime = 16,
}
