namespace BuildingBot.Dialogs.Understanding;

/// <summary>What a message asks the bot to do.</summary>
public enum Intent
{
    None,

    /// <summary>报事 / 求助 / 报修.</summary>
    ReportProblem,

    /// <summary>进度查询.</summary>
    QueryProgress,

    /// <summary>评价.</summary>
    Rate,

    /// <summary>撤销工单 N: the reporter withdraws an order.</summary>
    CancelOrder,

    /// <summary>出行建议.</summary>
    TravelAdvice,

    /// <summary>我的行程: the resident's registered trips.</summary>
    MyTrips,

    /// <summary>取消出行登记.</summary>
    CancelTrip,

    /// <summary>政策咨询.</summary>
    PolicyQuestion,

    /// <summary>志愿报名.</summary>
    VolunteerSignUp,

    /// <summary>取消报名.</summary>
    VolunteerCancel,

    /// <summary>签到 (optionally with the occurrence's code from its QR).</summary>
    VolunteerCheckIn,

    /// <summary>我的积分.</summary>
    VolunteerPoints,

    /// <summary>绑定房号 / 百姓码.</summary>
    BindHousehold,

    /// <summary>帮助.</summary>
    Help,

    /// <summary>A greeting, thanks or chit-chat addressed to the bot, asking for nothing (你好, 谢谢, 辛苦了).</summary>
    SmallTalk,

    /// <summary>接单 N.</summary>
    GridAccept,

    /// <summary>转派 N 给 姓名 原因.</summary>
    GridTransfer,

    /// <summary>办结 N 结果.</summary>
    GridResolve,

    /// <summary>退回 N 原因.</summary>
    GridReturn,

    /// <summary>我的工单.</summary>
    GridMyOrders,

    /// <summary>我有个建议：… / 建议 …: a suggestion for the compound (it becomes a matter, 议题, in stage 建议).</summary>
    Suggest,

    /// <summary>同意 / 反对 / 弃权 while a vote of the writer's compound is open: the household's ballot.</summary>
    Vote,

    /// <summary>(grid) 走访 3-2-501 情况: a 大脚板 visit to record; 转工单 turns the last visit's note into an order.</summary>
    RecordVisit,

    /// <summary>党员报到: a party member working elsewhere registers to serve where they live (在职党员 双报到).</summary>
    PartyRegister,

    /// <summary>求助：明天下午谁能帮我接下孩子: asking neighbours for a favour (邻里互助; it is posted in the building groups).</summary>
    HelpRequest,

    /// <summary>我可以帮忙修电脑: offering neighbours a favour (邻里互助).</summary>
    HelpOffer,

    /// <summary>
    /// 我来帮 (context <c>help</c>, or 我来帮 HZ7): answering a neighbour's help post; the post-numbered commands on a post
    /// (同意 / 不用了 / 完成 / 撤销 / 举报 HZ7, 已经帮好了, 不需要了) are read as this intent too.
    /// </summary>
    HelpAnswer,
}
