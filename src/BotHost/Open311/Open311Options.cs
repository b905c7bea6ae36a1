namespace BuildingBot.BotHost.Open311;

/// <summary>Section <c>Open311</c>: the API keys allowed to file requests (POST); reading needs none.</summary>
public sealed class Open311Options
{
    public const string Section = "Open311";

    public List<string> ApiKeys { get; set; } = [];

    /// <summary>Shown in discovery as the contact.</summary>
    public string Contact { get; set; } = "幸福里社区 网格服务中心";
}
