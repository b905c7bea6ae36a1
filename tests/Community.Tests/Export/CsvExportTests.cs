using System.Globalization;
using System.Text;
using BuildingBot.Community.Export;
using CsvHelper;

namespace BuildingBot.Community.Tests.Export;

public class CsvExportTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x.invalid\",\"点我\")")]
    [InlineData("+86 138 0000 0000")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Write_PrefixesAQuote_WhenACellCouldStartAFormula(string cell)
    {
        var cells = ReadBack(CsvExport.Write(["name", "note"], [["张三", cell]]));

        Assert.Equal("'" + cell, cells[1][1]);
        Assert.Equal("张三", cells[1][0]);
    }

    [Fact]
    public void Write_LeavesOrdinaryCellsAlone_AndQuotesWhatCsvNeeds()
    {
        var cells = ReadBack(CsvExport.Write(["房号", "说明"], [["2单元501", "电梯坏了, \"急\"\n第二行"], ["a=b", null]]));

        Assert.Equal(["房号", "说明"], cells[0]);
        Assert.Equal(["2单元501", "电梯坏了, \"急\"\n第二行"], cells[1]);
        Assert.Equal(["a=b", ""], cells[2]);
    }

    [Fact]
    public async Task WriteAsync_WritesUtf8WithAByteOrderMark_SoSpreadsheetsReadChinese()
    {
        using var stream = new MemoryStream();

        await CsvExport.WriteAsync(stream, ["名字"], [["=王五"]]);

        var bytes = stream.ToArray();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal("名字\r\n\"'=王五\"\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    private static List<string[]> ReadBack(string text)
    {
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Parser.Record!);
        }

        return rows;
    }
}
