using BuildingBot.Community.People;
using BuildingBot.Community.Privacy;
using BuildingBot.TestSupport;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.Privacy;

public class RedactorTests
{
    private static readonly HashSet<string> NoNames = [];

    [Theory]
    [InlineData("电话13812345678", "电话[电话]")]
    [InlineData("电话 138-1234-5678 找我", "电话 [电话] 找我")]
    [InlineData("+86 138 1234 5678", "[电话]")]
    [InlineData("+86-13812345678", "[电话]")]
    [InlineData("8613812345678", "[电话]")]
    [InlineData("138 1234 5678", "[电话]")]
    [InlineData("１３８１２３４５６７８", "[电话]")]
    [InlineData("１３８－１２３４－５６７８", "[电话]")]
    [InlineData("座机0571-88886666", "座机[电话]")]
    [InlineData("(0571) 8888 6666", "[电话]")]
    [InlineData("打办公室电话8888 6666", "打办公室电话[电话]")]
    [InlineData("身份证330106198001011234", "身份证[证件号]")]
    [InlineData("身份证33010619800101123X。", "身份证[证件号]。")]
    [InlineData("卡号6222 0212 3456 7890 123", "卡号[号码]")]
    [InlineData("5单元1201漏水", "[房号]漏水")]
    [InlineData("2单元502", "[房号]")]
    [InlineData("3幢2单元501卫生间漏水", "3幢[房号]卫生间漏水")]
    [InlineData("3-2-501", "3-[房号]")]
    [InlineData("6棟903", "6棟[房号]")]
    [InlineData("3号楼1201", "3号楼[房号]")]
    [InlineData("我家1201漏水", "我家[房号]漏水")]
    [InlineData("501室的老人", "[房号]的老人")]
    [InlineData("五零一室", "[房号]")]
    [InlineData("13812345678 3幢", "[电话] 3幢")]
    public void Redact_RemovesTheDetail_WhateverItsForm(string text, string expected)
    {
        Assert.Equal(expected, Redactor.Redact(text, NoNames));
    }

    [Theory]
    [InlineData("已受理，工单号 WO-20261127-0001。")]
    [InlineData("WO-20261127-0001 现在已派单")]
    [InlineData("12月6日（周日）09:00–11:00 紅色星期天")]
    [InlineData("2026-12-01起施行")]
    [InlineData("3幢电梯坏了，7楼下不来")]
    [InlineData("幸福家园共312户，12幢")]
    [InlineData("请拨打12345或110")]
    [InlineData("补贴每月800元，2026年起")]
    [InlineData("5栋2单元楼道灯不亮")]
    public void Redact_KeepsTheText_WhenItHoldsNoPersonalDetail(string text)
    {
        Assert.Equal(text, Redactor.Redact(text, NoNames));
    }

    [Fact]
    public void Redact_CutsKnownNamesToTheSurname()
    {
        HashSet<string> names = ["龙婷", "欧阳娜娜"];

        Assert.Equal("龙*反映：欧***家漏水，龙虾不算", Redactor.Redact("龙婷反映：欧阳娜娜家漏水，龙虾不算", names));
    }

    [Fact]
    public void Redact_KeepsPublicNumbers()
    {
        HashSet<string> office = ["057188886666"];

        Assert.Equal("社区办公室 0571-88886666，网格员[电话]", Redactor.Redact("社区办公室 0571-88886666，网格员13912345678", NoNames, office));
    }

    [Fact]
    public async Task RedactAsync_FindsTheNamesOfResidentsOnTheRoster()
    {
        await using var database = await CommunityDatabase.CreateAsync(StorageProvider.Sqlite);
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuildingBot.Community.Persistence.CommunityDbContext>();
            db.Residents.Add(new Resident { DisplayName = "田晓燕" });
            db.Residents.Add(new Resident { DisplayName = "快乐小鱼" });
            await db.SaveChangesAsync();
        }

        await using var use = database.Scope();
        var redactor = use.ServiceProvider.GetRequiredService<Redactor>();

        var texts = await redactor.RedactAsync(["田晓燕说快乐小鱼家的狗叫", "王大锤"], CancellationToken.None);

        Assert.Equal(["田**说快乐小鱼家的狗叫", "王大锤"], texts);
    }

    [Fact]
    public void Redact_LeavesNoDetailInAnyGeneratedReport()
    {
        Reports.Sample(report =>
        {
            var redacted = Redactor.Redact(report.Text, report.Names);
            var digits = Digits(redacted);
            foreach (var number in report.Numbers)
            {
                Assert.False(digits.Contains(number, StringComparison.Ordinal), $"{number} stays in {redacted}");
            }

            foreach (var room in report.Rooms)
            {
                Assert.False(digits.Contains(room, StringComparison.Ordinal), $"room {room} stays in {redacted}");
            }

            foreach (var name in report.Names)
            {
                Assert.False(redacted.Contains(name, StringComparison.Ordinal), $"{name} stays in {redacted}");
            }

            Assert.True(redacted.Contains(report.Building, StringComparison.Ordinal), $"building {report.Building} lost in {redacted}");
        }, iter: 2000);
    }

    private static string Digits(string text) =>
        new(PersonalDetailFinder.Shadow(text).Where(c => char.IsAsciiDigit(c) || c == 'X').ToArray());

    /// <summary>
    /// A generated report: free text with phones, IDs and rooms in the forms people type them, and roster names;
    /// something always stands between two numbers (digits glued to digits are one number to anyone).
    /// </summary>
    private sealed record Report(string Text, IReadOnlySet<string> Names, IReadOnlyList<string> Numbers, IReadOnlyList<string> Rooms, string Building);

    private static readonly string[] Fillers =
        ["电梯又坏了", "楼道灯不亮", "，", "。", " ", "麻烦尽快", "我妈下不了楼", "漏水到楼下", "有事打", "联系", "谢谢", "！！", "住在", "家里", "反映人", "；"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "欧阳", "龙", "田"];

    private static readonly Gen<string> Given = Gen.OneOf("婷", "晓燕", "建华", "秀英", "伟", "娜娜", "志强");

    private static readonly Gen<string> Separator = Gen.OneOf("", "", " ", "-", "－", "　");

    private static string Wide(string text, bool wide) => wide ? new string(text.Select(c => char.IsAsciiDigit(c) ? (char)(c + 0xFEE0) : c).ToArray()) : text;

    private static readonly Gen<(string Written, string Digits)> Mobile =
        Gen.Select(Gen.Int[3, 9], Gen.Long[0, 99_999_999], Separator, Gen.OneOf("", "+86 ", "+86-", "86"), Gen.Bool)
            .Select((second, rest, sep, prefix, wide) =>
            {
                var digits = $"1{second}{rest / 100_000_000 % 10}{rest:D8}";
                var written = $"{prefix}{digits[..3]}{sep}{digits[3..7]}{sep}{digits[7..]}";
                return (Wide(written, wide), digits);
            });

    private static readonly Gen<(string Written, string Digits)> Landline =
        Gen.Select(Gen.OneOf("0571", "010", "021", "0577"), Gen.Int[2_000_000, 89_999_999], Gen.OneOf("-", " ", "", "—"), Gen.Bool)
            .Select((area, number, sep, brackets) =>
                (brackets ? $"({area}){number}" : $"{area}{sep}{number}", area + number.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static readonly Gen<(string Written, string Digits)> IdNumber =
        Gen.Select(Gen.Int[110_101, 659_999], Gen.Int[1940, 2020], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 999], Gen.OneOf("0", "5", "X"))
            .Select((area, year, month, day, order, check) =>
            {
                var digits = $"{area}{year}{month:D2}{day:D2}{order:D3}{check}";
                return (digits, digits);
            });

    private static readonly Gen<(string Written, string Room, string Building)> Room =
        Gen.Select(Gen.Int[1, 30], Gen.Int[1, 6], Gen.Int[1, 33], Gen.Int[1, 4], Gen.Int[0, 5])
            .Select((building, unit, floor, door, form) =>
            {
                var room = $"{floor}{door:D2}";
                var b = building.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return form switch
                {
                    0 => ($"{b}幢{unit}单元{room}", room, $"{b}幢"),
                    1 => ($"{b}-{unit}-{room}", room, $"{b}-"),
                    2 => ($"{b}栋{room}室", room, $"{b}栋"),
                    3 => ($"{b}号楼{unit}单元{room}室", room, $"{b}号楼"),
                    4 => ($"{b}棟{room}", room, $"{b}棟"),
                    _ => ($"{b}幢，{unit}单元{room}", room, $"{b}幢"),
                };
            });

    private static readonly Gen<Report> Reports =
        Gen.Select(Gen.OneOf(Surnames).SelectMany(s => Given.Select(g => s + g)), Mobile, Landline, IdNumber, Room,
                Gen.OneOf(Fillers).Array[7], Gen.Int[0, 5])
            .Select((name, mobile, landline, id, room, fillers, order) =>
            {
                string[] parts = [name, room.Written, mobile.Written, landline.Written, id.Written];
                var rotated = parts.Skip(order).Concat(parts.Take(order)).ToArray();
                var text = string.Concat(rotated.Select((p, i) => fillers[i] + p)) + fillers[^1];
                return new Report(text, new HashSet<string> { name }, [mobile.Digits, landline.Digits, id.Digits], [room.Room], room.Building);
            });
}
