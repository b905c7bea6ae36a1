using BuildingBot.Community.Categories;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>The words that signal each problem category, by weight.</summary>
internal static class CategoryLexicon
{
    public static Lexicon<ProblemCategory> Create() => new(new Dictionary<ProblemCategory, (string, double)[]>
    {
        [ProblemCategory.Childcare] =
        [
            .. Phrases.Tier(3, "托育 托儿所 早教 育儿 带娃 看孩子 婴儿 宝宝 奶粉 托管 母婴 哺乳 产假 生育 育儿补贴 儿童乐园 游乐设施"),
            .. Phrases.Tier(2, "孩子 小孩 幼儿 儿童 娃 新生儿 出生证"),
        ],
        [ProblemCategory.ElderlyCare] =
        [
            .. Phrases.Tier(3, "养老 独居 空巢 助餐 老年食堂 居家养老 失能 高龄 老年人 养老院 陪护 护工 适老化 老年证 助浴"),
            .. Phrases.Tier(2.5, "老人 老人家 老年 行动不便 没人照顾 老伴 爷爷 奶奶 外婆 外公 老母亲 老父亲 我妈 我爸 老太太 老大爷 大爷 阿姨 扶手"),
            // Grandparents and old people in regional words (Wu, Cantonese, Minnan, northern).
            .. Phrases.Tier(2, "阿婆 阿公 阿爷 阿嬷 阿娘 阿奶 阿伯 嬷嬷 好婆 亲婆 姥姥 姥爷 老太 老头子 伯伯 阿爹 爹爹 公公 婆婆"),
        ],
        [ProblemCategory.Medical] =
        [
            .. Phrases.Tier(3, "看病 就医 医院 挂号 住院 配药 体检 疫苗 发烧 生病 病了 家庭医生 慢性病 救护车 医保卡 门诊 复诊 看医生 卫生服务中心"),
            .. Phrases.Tier(2, "医生 药 血压 血糖 受伤 晕倒 摔伤 医保 报销 过敏"),
            .. Phrases.Tier(2.5, "透析 洗肾 化疗 手术 换药 拆线 急诊 卫生服务站 卫生院 社区医院 烫伤 骨折 咳嗽 咳得 发高烧 高烧 打针 输液 晕低 跌低 站不起来 起不来"),
        ],
        [ProblemCategory.Schooling] =
        [
            .. Phrases.Tier(3, "入学 上学 学校 学区 转学 幼儿园 小学 初中 学位 开学 校车 招生 读书 一年级 入园 报名上学 学籍 放学"),
            .. Phrases.Tier(2, "中学 老师 作业 接送 课后 学生"),
        ],
        [ProblemCategory.NeighbourDispute] =
        [
            .. Phrases.Tier(3, "邻居 纠纷 矛盾 吵架 调解 扰民 楼上 楼下 隔壁 对门 狗叫 闹矛盾 邻里 广场舞 音响"),
            .. Phrases.Tier(2, "堆满 堆了 杂物 抽烟 烟味 噪音 太吵 吵得 装修 占用 占了 堆放 乱堆 养狗 漏到我家 吵死 打架 晾衣服 滴水"),
        ],
        [ProblemCategory.RepairsProperty] =
        [
            .. Phrases.Tier(3, "电梯 维修 报修 水管 下水道 灯不亮 路灯 楼道灯 门禁 防盗门 物业 停水 停电 暖气 水压 墙皮 渗水 屋顶 单元门 水龙头 漏水 跳闸 没热水 不出水 管道 井盖 外墙 台阶 地砖 车库 道闸 充电桩 供水 供电 水表 电表"),
            .. Phrases.Tier(2, "坏了 坏掉 故障 堵了 堵住 不亮 裂了 松了 修 窗户 门 没水 没电 发霉 卡住 关在"),
        ],
        [ProblemCategory.Sanitation] =
        [
            .. Phrases.Tier(3, "尿骚 尿味 骚味 垃圾 卫生 异味 老鼠 蟑螂 苍蝇 清运 垃圾桶 狗屎 狗粪 杂草 污水 化粪池 保洁 乱扔 恶臭 臭味 白蚁 灭鼠 消杀 绿化带 落叶 积水"),
            .. Phrases.Tier(2, "臭 脏 蚊子 绿化 树枝 发臭 味道 恶心"),
        ],
        [ProblemCategory.Other] =
        [
            // Outside the community's remit: building sites, operators, shops and street vendors.
            .. Phrases.Tier(2.5, "工地 施工队 宽带 光纤 联通 电信 移动公司 网络断 没网 信号差 摊贩 小贩 摆摊 商铺 店铺 烧烤摊 油烟"),
        ],
        [ProblemCategory.Safety] =
        [
            .. Phrases.Tier(3, "小偷 被盗 可疑 陌生人 诈骗 骗子 监控 消防 消防通道 着火 火灾 冒烟 燃气泄漏 煤气 安全隐患 飞线 治安 高空抛物 偷 撬 报警 被困 危险 漏电 电动车上楼 打架 灭火器 打闹"),
            .. Phrases.Tier(2, "电动车 充电 门锁 不安全 隐患 燃气 天然气 起火 烧起来 掉下去 护栏断 井盖不见 井盖被偷 没有井盖 窨井 快掉下来"),
        ],
    });
}
