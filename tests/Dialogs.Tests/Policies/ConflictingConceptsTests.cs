using BuildingBot.Dialogs.Policies;

namespace BuildingBot.Dialogs.Tests.Policies;

public class ConflictingConceptsTests
{
    private const string Compulsory = "杭州市义务教育招生报名材料 小学、初中新生报名需准备户口簿、房产证";

    [Fact]
    public void Conflict_IsTrue_WhenTheQuestionNamesAnotherMemberOfThePolicysGroup() =>
        Assert.True(ConflictingConcepts.Conflict("孙子明年上幼儿园，杭州幼儿园报名要准备什么材料", Compulsory));

    [Theory]
    [InlineData("小学报名要准备什么材料")]
    [InlineData("杭州报名要准备什么材料")]
    public void Conflict_IsFalse_WhenTheQuestionNamesThePolicysMemberOrNone(string question) =>
        Assert.False(ConflictingConcepts.Conflict(question, Compulsory));

    private const string Elderly = "杭州市高龄老人生活补贴 年满80周岁的杭州户籍老年人按月发放高龄生活补贴";

    [Theory]
    [InlineData("杭州应届生生活补贴咋申请，本科给多少")]
    [InlineData("我老伴是残疾人，每个月的生活补贴去哪里申请")]
    public void Conflict_IsTrue_WhenTheQuestionAsksForABenefitForSomeoneElse(string question) =>
        Assert.True(ConflictingConcepts.Conflict(question, Elderly));

    [Fact]
    public void Conflict_IsFalse_WhenTheQuestionNamesThePolicysBeneficiaryAmongOthers() =>
        Assert.False(ConflictingConcepts.Conflict("我妈八十多了，也是残疾人，高龄老人补贴能领吗", Elderly));

    private const string FirstGrade = "杭州市义务教育招生报名材料 杭州市区适龄儿童小学一年级报名，需准备户口簿、房产证明";

    [Theory]
    [InlineData("孩子明年上初中，报名要带什么")]
    [InlineData("宝宝刚出生，上户口要什么材料")]
    [InlineData("闺女明年夏天小学毕业，报名要准备哪些")] // finishing primary school is entering junior high
    public void Conflict_IsTrue_WhenTheQuestionIsAboutAnotherStageOrProcedure(string question) =>
        Assert.True(ConflictingConcepts.Conflict(question, FirstGrade));

    [Theory]
    [InlineData("从上海虹桥机场坐国际航班要提前几个小时到", true)]
    [InlineData("去浦东机场坐地铁几号线", false)]
    [InlineData("去机场坐地铁几号线", false)]
    public void Conflict_IsTrue_WhenTheQuestionNamesAnotherAirport(string question, bool conflict) =>
        Assert.Equal(conflict, ConflictingConcepts.Conflict(question, "浦东国际机场出行提示 从浦东国际机场乘坐国际航班建议提前3小时到达机场"));

    [Fact]
    public void Conflict_ReadsATermWithinALongerOneOfAnotherMember_AsTheLongerOne() =>
        Assert.True(ConflictingConcepts.Conflict("小学升初中报名需要准备哪些材料", FirstGrade));

    [Fact]
    public void Conflict_IsFalse_WhenTheQuestionAsksAboutTheFirstGrade() =>
        Assert.False(ConflictingConcepts.Conflict("女儿九月上一年级，报名要准备哪些东西", FirstGrade));

    private const string WithinProvince = "浙江省医保省内就医免备案 浙江省参保人员在省内跨市看病就医，无需办理备案";
    private const string AcrossProvinces = "跨省异地就医直接结算备案 参保人员跨省异地就医前，可办理异地就医备案";

    [Fact]
    public void Conflict_ReadsAnImpliedMember_AsNamedByTheQuestion()
    {
        const string question = "医保是老家的，在杭州住院能直接报吗";

        Assert.False(ConflictingConcepts.Conflict(question, WithinProvince));
        Assert.True(ConflictingConcepts.Conflict(question, WithinProvince, ConflictingConcepts.AcrossProvinces));
        Assert.False(ConflictingConcepts.Conflict(question, AcrossProvinces, ConflictingConcepts.AcrossProvinces));
    }

    [Theory]
    [InlineData("孩子明年上初中 报名要啥材料", "随迁子女就学")]
    [InlineData("一个月补贴多少钱", "杭州市高龄老人生活补贴")]
    public void Presumes_IsTrue_WhenThePolicyIsForAGroupTheQuestionDoesNotName(string question, string title) =>
        Assert.True(ConflictingConcepts.Presumes(question, title));

    [Theory]
    [InlineData("外地户口 孩子明年上初中 报名要啥材料", "随迁子女就学")]
    [InlineData("我爸的高龄补贴一个月多少钱", "杭州市高龄老人生活补贴")]
    [InlineData("江苏见习期间生活费谁发", "江苏省高校毕业生就业见习补贴")]
    [InlineData("孩子明年上初中 报名要啥材料", "杭州市义务教育招生报名材料")]
    public void Presumes_IsFalse_WhenTheQuestionSaysWhoOrThePolicyIsForEveryone(string question, string title) =>
        Assert.False(ConflictingConcepts.Presumes(question, title));

    private const string WorkersAccount = "上海市医保个人账户家庭共济 上海职工医保参保人员的个人账户历年结余资金，可以绑定配偶、父母、子女等近亲属共济使用";

    [Theory]
    [InlineData("上海的城乡居民医保，个人账户也能给家里人用吗", true)]
    [InlineData("我妈在老家交的新农合，上海的个人账户家庭共济她能用吗", true)]
    [InlineData("儿子在上海交职工医保，个人账户的钱能给我买药吗", false)]
    [InlineData("上海医保个人账户能给爸妈用吗", false)]
    public void Conflict_TellsTheWorkersSchemeFromTheResidentsScheme(string question, bool conflict) =>
        Assert.Equal(conflict, ConflictingConcepts.Conflict(question, WorkersAccount));

    private const string Restriction = "杭州市区小客车错峰限行 工作日7:00-9:00、16:30-18:30，杭州绕城高速以内区域实行小客车错峰限行";

    [Theory]
    [InlineData("杭州的新能源车也要错峰限行吗", true)]
    [InlineData("跑网约车的早高峰能进绕城吗", true)]
    [InlineData("外地牌照的车早上几点不能进杭州", false)]
    public void LeavesOutAskedCase_IsTrue_WhenTheQuestionAsksAboutACaseTheTextDoesNotSpeakOf(string question, bool leftOut) =>
        Assert.Equal(leftOut, ConflictingConcepts.LeavesOutAskedCase(question, Restriction));

    [Fact]
    public void LeavesOutAskedCase_IsFalse_WhenTheTextSpeaksOfTheCase() =>
        Assert.False(ConflictingConcepts.LeavesOutAskedCase("跑网约车的能自己交社保吗", "浙江省灵活就业人员参加社保 灵活就业人员（如外卖骑手、网约车司机）可以以个人身份参加职工基本养老保险"));
}
