namespace BuildingBot.Community.Policies;

/// <summary>The Chinese names of policy topics (出行, 医保 …), as residents, admins and CSV files write them.</summary>
public static class PolicyTopicNames
{
    private static readonly Dictionary<PolicyTopic, string> Names = new()
    {
        [PolicyTopic.Travel] = "出行", [PolicyTopic.MedicalInsurance] = "医保", [PolicyTopic.Schooling] = "入学",
        [PolicyTopic.ElderlyCare] = "养老", [PolicyTopic.Childcare] = "育儿", [PolicyTopic.Employment] = "就业",
        [PolicyTopic.CommunityAffairs] = "社区事务", [PolicyTopic.Other] = "其他",
    };

    /// <summary>Every Chinese name, in topic order, for messages that list them.</summary>
    public static string All { get; } = string.Join("、", Names.Values);

    public static string Chinese(this PolicyTopic topic) => Names[topic];

    /// <summary>Reads a topic written in Chinese (出行) or as its English name (Travel, travel).</summary>
    public static bool TryParse(string? text, out PolicyTopic topic)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        foreach (var (key, name) in Names)
        {
            if (name == trimmed)
            {
                topic = key;
                return true;
            }
        }

        return Enum.TryParse(trimmed, ignoreCase: true, out topic) && Enum.IsDefined(topic) && !int.TryParse(trimmed, out _);
    }
}
