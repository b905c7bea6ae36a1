using System.Collections.Frozen;
using System.Text;

namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// Puts what people type into one form before matching: traditional characters to simplified
/// (紅→红, 區→区), full-width letters, digits and punctuation to ASCII, letters to lower case.
/// </summary>
public static class ChineseText
{
    // Traditional → simplified for the characters residents use with this bot; unlisted ones pass through.
    private const string Traditional = "紅區報電壞漏鄰調療醫學養兒檢務題聯繫號樓單門險災氣開關車場園設維處辦證護應預約時間後週禮點個們會這麼嗎為與對說請謝幫進評價滿願參簽積綁碼戶網員裡東陽廣灣臺濟寧遼黃貴雲蘇陝興華鄉鎮縣環衛髮癒孫爺奶媽爸歲齡餐飯暖燈熱線鐵飛機氣務業費買賣資訊當從來過還沒該講讓認識遠歡達態鬧吵髒臭鼠蟲蒼蠅偷盜騙詐監視錄閘鎖梯電腦幹淨擾積極";
    private const string Simplified = "红区报电坏漏邻调疗医学养儿检务题联系号楼单门险灾气开关车场园设维处办证护应预约时间后周礼点个们会这么吗为与对说请谢帮进评价满愿参签积绑码户网员里东阳广湾台济宁辽黄贵云苏陕兴华乡镇县环卫发愈孙爷奶妈爸岁龄餐饭暖灯热线铁飞机气务业费买卖资讯当从来过还没该讲让认识远欢达态闹吵脏臭鼠虫苍蝇偷盗骗诈监视录闸锁梯电脑干净扰积极";

    private static readonly FrozenDictionary<char, char> ToSimplified = BuildMap();

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var raw in text.Trim())
        {
            var c = raw switch
            {
                >= '！' and <= '～' => (char)(raw - 0xFEE0),
                '　' => ' ',
                _ => raw,
            };
            c = ToSimplified.GetValueOrDefault(c, c);
            builder.Append(char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c);
        }

        return builder.ToString();
    }

    private static FrozenDictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < Traditional.Length; i++)
        {
            if (Traditional[i] != Simplified[i])
            {
                map[Traditional[i]] = Simplified[i];
            }
        }

        return map.ToFrozenDictionary();
    }
}
