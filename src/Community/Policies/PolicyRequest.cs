namespace BuildingBot.Community.Policies;

/// <summary>A policy as admins write it (create, edit, import).</summary>
public sealed record PolicyRequest
{
    public string? RegionCode { get; init; }

    public PolicyTopic Topic { get; init; }

    public string? Title { get; init; }

    public string? Body { get; init; }

    public DateOnly? EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    public string? SourceIssuer { get; init; }

    public string? SourceUrl { get; init; }
}
