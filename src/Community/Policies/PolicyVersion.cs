namespace BuildingBot.Community.Policies;

/// <summary>One version of a policy's text, in force from <see cref="EffectiveFrom"/> to <see cref="EffectiveTo"/> (inclusive, open-ended when null).</summary>
public sealed class PolicyVersion
{
    public const int MaxBodyLength = 8000;

    public int Id { get; set; }

    public int PolicyId { get; set; }

    /// <summary>1 for the first text, then one more for each edit; unique per policy.</summary>
    public int Number { get; set; }

    public required string Title { get; set; }

    /// <summary>Marks the demo data's example policies at the start of their bodies; not said to residents (the citation says 示例政策).</summary>
    public const string ExampleMarker = "【示例政策】";

    /// <summary>Markdown.</summary>
    public required string Body { get; set; }

    /// <summary>The body as told to residents: without the example marker.</summary>
    public string Told => Body.Replace(ExampleMarker, string.Empty, StringComparison.Ordinal);

    public DateOnly EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    /// <summary>The issuing body (发布机关), e.g. 杭州市卫生健康委员会.</summary>
    public required string SourceIssuer { get; set; }

    public string? SourceUrl { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool InForceOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);
}
