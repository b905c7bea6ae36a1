using BuildingBot.Community.Policies;

namespace BuildingBot.Community.Tests.Policies;

public class PolicyCsvTests
{
    private const string Header = "region_code,topic,title,body,effective_from,effective_to,source_issuer,source_url\n";

    [Fact]
    public void Read_NamesTheLineAndColumn_WhenACellHasAStrayQuote()
    {
        var (_, problems) = PolicyCsv.Read(Header +
            "33,出行,浙江出行提示,出行前查看天气。,2026-12-01,,浙江省交通运输厅,\n" +
            "33,出行,浙江\"高速\"提示,节假日免费。,2026-12-01,,浙江省交通运输厅,\n");

        var problem = Assert.Single(problems);
        Assert.Equal((3, "title"), (problem.Row, problem.Column));
        Assert.Contains("stray quote", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CountsLinesOfTheFile_WhenABodySpansSeveralLines()
    {
        var (rows, problems) = PolicyCsv.Read(Header +
            "33,出行,浙江出行提示,\"第一段。\n第二段。\",2026-12-01,,浙江省交通运输厅,\n" +
            "33,旅游,浙江旅游提示,正文。,2026-12-01,,浙江省文旅厅,\n");

        Assert.Equal([2, 4], rows.Select(r => r.Line));
        Assert.Equal("第一段。\n第二段。", rows[0].Request.Body);
        Assert.Equal((4, "topic"), (Assert.Single(problems).Row, problems[0].Column));
    }
}
