namespace BuildingBot.Dialogs.Understanding;

/// <summary>The phrases that signal each intent, by weight: 3 names the intent, 2 is a strong hint, 1 a weak one.</summary>
internal static class IntentLexicon
{
    public static Lexicon<Intent> Create() => new(new Dictionary<Intent, (string, double)[]>
    {
        [Intent.ReportProblem] =
        [
            .. Phrases.Tier(3, "报事 求助 报修 投诉 反映一下 反映个 需要帮助 帮帮忙 坏了 坏掉"),
            .. Phrases.Tier(2, "堆满 堆了 漏水 渗水 堵了 堵住 堵塞 故障 维修 修一下 修理 噪音 扰民 乱停 乱扔 乱堆 臭 没人管 被困 着火 冒烟 煤气 燃气 停水 停电 没水 没电 不亮 破损 漏电 老鼠 蟑螂 异味 纠纷 吵架 打架 被盗 小偷 可疑 行动不便 没人照顾 占用 占了 太吵 吵得 不通 跳闸 掉下来 裂了 松了 塌 有人摔 晕倒 没热水 发霉 危险 隐患 狗叫 不出水 卡住 关在 吵死"),
            .. Phrases.Tier(1.5, "麻烦 帮忙 能不能 怎么回事 又 一直 好几天 急 赶紧 快来 受不了 请处理 尽快 能管管 管一下 看一下 来看看"),
        ],
        [Intent.QueryProgress] =
        [
            .. Phrases.Tier(3, "怎么还没 进度 怎么样了 处理了吗 处理得怎么样 到哪一步 工单状态 有结果了吗 有回复吗 有人接了吗 处理到哪"),
            .. Phrases.Tier(2.5, "查询 查一下 查查 还没修 还没人来 还没处理 还没弄 还没解决 什么时候修 什么时候来 什么时候处理 多久能 我的报事 我报的 我反映的 上次报的 之前报的 还没好 有人管吗"),
            .. Phrases.Tier(1.5, "wo-"),
        ],
        [Intent.Rate] =
        [
            .. Phrases.Tier(3, "评价 不满意 非常满意 打分 好评 差评 五星 5星 一星 1星"),
            .. Phrases.Tier(2.5, "满意 服务很好 服务不好 态度很好 态度不好 修得很好 没修好 很及时 太慢了 谢谢网格员 辛苦了 点赞"),
        ],
        [Intent.TravelAdvice] =
        [
            .. Phrases.Tier(3, "出行 出差 回老家 旅游 探亲 回家过年 出远门 外出 行程"),
            .. Phrases.Tier(2, "老家"),
            .. Phrases.Tier(2, "高铁 坐飞机 飞机 火车 自驾 开车去 注意什么 需要注意 要注意 防疫 天气怎么样 要带什么"),
        ],
        [Intent.PolicyQuestion] =
        [
            .. Phrases.Tier(3, "政策 怎么办理 如何办理 需要什么材料 要什么材料 什么材料 怎么申请 如何申请 申请条件 办理流程 需要哪些 流程是什么 什么流程"),
            .. Phrases.Tier(2.5, "去哪办 哪里办 在哪办 怎么补办 怎么备案 备案 补贴 医保 社保 报销 低保 养老金 居住证 户口 落户 资格 手续 证明 规定 标准 能领 可以领 领取 多少钱 怎么报 怎么交 缴费 待遇 津贴 优惠"),
            .. Phrases.Tier(1.5, "办理 申请 流程 条件 怎么办 需要 可以吗 能不能"),
        ],
        [Intent.VolunteerSignUp] =
        [
            .. Phrases.Tier(3, "报名 志愿 红色星期天 参加活动 我要参加 算我一个 加我一个 我也参加 我来参加 我去参加"),
            .. Phrases.Tier(2, "我也去 活动 义务劳动 服务活动"),
        ],
        [Intent.PartyRegister] =
        [
            .. Phrases.Tier(3, "党员报到 在职党员 双报到 到社区报到 回社区报到 党员登记"),
            .. Phrases.Tier(2, "党支部 党组织关系 组织关系 党员身份 我是党员"),
        ],
        [Intent.RecordVisit] =
        [
            .. Phrases.Tier(3, "走访 入户 转工单 上门看了 上门看望 探访"),
            .. Phrases.Tier(2, "看望 回访 身体还好 精神不错 情况稳定"),
        ],
        [Intent.BindHousehold] =
        [
            .. Phrases.Tier(3, "绑定 百姓码 房号 认证住户 登记住户 实名 关联房"),
            .. Phrases.Tier(2, "我住在 我家住 我家是 登记一下 住户 新搬来 搬来"),
        ],
        [Intent.HelpRequest] =
        [
            .. Phrases.Tier(3, "求助 谁能帮我 谁能帮忙 哪位邻居 有没有邻居 邻居们 谁有空 麻烦邻居 求帮忙"),
            // Asking neighbours without the word 帮: who has, who could, lend me, anyone around (and the young's 有无 / 蹲).
            .. Phrases.Tier(2, "谁家有 哪家有 有没有人 有人能 谁能 哪位 借我 借一下 借用 能借 想借 有无 蹲一个 求捞 各位邻居 麻烦各位 谁方便 哪位方便 有空的邻居 帮忙照看 帮我看一下 帮我接 帮忙接 帮忙带 帮我带 帮忙喂 帮忙浇 代收 陪我 陪老人"),
            .. Phrases.Tier(1.5, "帮我 帮忙 搭把手 帮个忙"),
        ],
        [Intent.HelpOffer] =
        [
            .. Phrases.Tier(3, "我可以帮忙 我可以帮 我能帮 可以帮大家 免费帮 需要的邻居 有需要的邻居 谁需要"),
            // Offering by what one has or can do: lend, free, spare, find me, message me.
            .. Phrases.Tier(2, "可以借给 可以借 借给大家 免费 闲置 空着 有需要 需要的话 需要的找我 找我 私我 可以找我 义务 可以教 可以辅导 会修 帮大家 时间多 有的是时间"),
            .. Phrases.Tier(1.5, "我会 我有空 我可以"),
        ],
        [Intent.HelpAnswer] =
        [
            .. Phrases.Tier(3, "我来帮 我来帮忙 我可以帮你 我去帮"),
        ],
        [Intent.Suggest] =
        [
            .. Phrases.Tier(3, "我有个建议 我有一个建议 提个建议 提一个建议 提条建议 有个小建议 提建议 合理化建议"),
        ],
        [Intent.Vote] =
        [
            .. Phrases.Tier(3, "我投 投同意 投反对 投弃权 投赞成 同意票 反对票 弃权票 赞成票"),
        ],
        [Intent.Help] =
        [
            .. Phrases.Tier(3, "你能做什么 能做什么 能帮我做什么 可以帮我做什么 能帮我什么 怎么用 有什么功能 使用说明 菜单 你是谁 能干什么 会什么 help"),
            .. Phrases.Tier(2, "功能 说明 指南 教程"),
        ],
    });
}
