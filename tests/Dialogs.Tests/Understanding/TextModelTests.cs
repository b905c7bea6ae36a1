using BuildingBot.Dialogs.Understanding;
using Microsoft.ML;

namespace BuildingBot.Dialogs.Tests.Understanding;

public class TextModelTests
{
    private static readonly ModelInput[] Examples =
    [
        Input("电梯坏了，困在里面", "电梯 坏 了 困 在 里面", "Report"),
        Input("楼道灯不亮了", "楼道 灯 不 亮 了", "Report"),
        Input("3幢水管漏水很急", "3 幢 水管 漏水 很急", "Report"),
        Input("垃圾房好臭没人清", "垃圾房 好 臭 没 人 清", "Report"),
        Input("医保在哪里交", "医保 在 哪里 交", "Policy"),
        Input("居住证怎么办理", "居住证 怎么 办理", "Policy"),
        Input("老人补贴有多少钱", "老人 补贴 有 多少 钱", "Policy"),
        Input("新生儿上户口要什么材料", "新生儿 上 户口 要 什么 材料", "Policy"),
        Input("谢谢你😀", "谢谢 你 \uD83D \uDE00", "Thanks"),
        Input("好的，麻烦了", "好 的 麻烦 了", "Thanks"),
        Input("辛苦了🙏", "辛苦 了 \uD83D\uDE4F", "Thanks"),
        Input("多谢帮忙", "多谢 帮忙", "Thanks"),
    ];

    private static readonly ModelInput[] Questions =
    [
        Input("电梯又坏了", "电梯 又 坏 了", string.Empty),
        Input("医保怎么交", "医保 怎么 交", string.Empty),
        Input("谢谢😀", "谢谢 \uD83D \uDE00", string.Empty),
        Input("今天天气怎么样", "今天 天气 怎么样", string.Empty),
    ];

    [Fact]
    public void Predict_IsMlNetsOwnPrediction_ReadFromTheFittedWeights()
    {
        var (text, model, features, schema) = TextModel.FitModel(Examples);
        var engine = new MLContext(0).Model.CreatePredictionEngine<TextModel.Example, Prediction>(model, inputSchemaDefinition: schema);

        foreach (var question in Questions)
        {
            var expected = engine.Predict(TextModel.Example.Of(question, features)).Score;
            var actual = text.Predict(question).ToDictionary(p => p.Label, p => p.Probability);
            Assert.All(text.Labels.Select((label, i) => (label, i)), l => Assert.Equal(expected[l.i], actual[l.label], 4));
        }
    }

    [Fact]
    public void Load_PredictsExactlyAsTheSavedModel_WhenAWordIsHalfAnEmoji()
    {
        var text = TextModel.Train(Examples);

        var loaded = TextModel.Load(new MemoryStream(text.Save()));

        Assert.All(Questions.Concat(Examples), q => Assert.Equal(text.Predict(q), loaded.Predict(q)));
    }

    [Fact]
    public void Load_ThrowsFormatException_WhenTheBytesAreCutShort()
    {
        var saved = TextModel.Train(Examples).Save();

        Assert.Throws<FormatException>(() => TextModel.Load(new MemoryStream(saved[..(saved.Length / 2)])));
        Assert.Throws<FormatException>(() => TextModel.Load(Stream.Null));
    }

    [Fact]
    public void Predict_WeighsNothing_OfWordsItNeverSaw()
    {
        var text = TextModel.Train(Examples);

        Assert.Equal(text.Predict(Input(string.Empty, string.Empty, string.Empty)), text.Predict(Input("鬣蜥", "鬣蜥", string.Empty)));
    }

    [Fact]
    public void Predict_FindsTheLabelOfAMessageLikeItsExamples()
    {
        var text = TextModel.Train(Examples);

        Assert.Equal(["Report", "Policy", "Thanks"], Questions[..3].Select(q => text.Predict(q)[0].Label));
    }

    private static ModelInput Input(string characters, string words, string label) =>
        new() { Characters = characters, Words = words, Label = label };

    private sealed class Prediction
    {
        public float[] Score { get; set; } = [];
    }
}
