using BuildingBot.Community.WorkOrders;

namespace BuildingBot.Community.Tests.WorkOrders;

public class TextSimilarityTests
{
    [Theory]
    [InlineData("3幢电梯又坏了，我妈下不了楼", "3幢电梯坏了，很急", true)]
    [InlineData("楼道灯不亮了", "楼道的灯坏了不亮", true)]
    [InlineData("3幢电梯又坏了", "楼下垃圾桶满了没人清运", false)]
    [InlineData("", "电梯坏了", false)]
    public void Dice_SeparatesTheSameProblemFromAnother(string a, string b, bool similar) =>
        Assert.Equal(similar, TextSimilarity.Dice(a, b) >= WorkOrderQueries.DuplicateThreshold);
}
