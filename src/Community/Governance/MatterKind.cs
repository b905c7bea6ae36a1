namespace BuildingBot.Community.Governance;

/// <summary>How many owners a matter needs (民法典 第二百七十八条).</summary>
public enum MatterKind
{
    /// <summary>一般事项: passes with more than half of the participants, by area and by number.</summary>
    Ordinary,

    /// <summary>重大事项 (维修资金, 改建共有部分 …): passes with at least three quarters of the participants, by area and by number.</summary>
    Major,
}
