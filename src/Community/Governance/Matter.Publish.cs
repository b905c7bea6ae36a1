namespace BuildingBot.Community.Governance;

public sealed partial class Matter
{
    /// <summary>决议公开: the counts (never who voted how) go to every building group and the public page.</summary>
    public MatterRefusal? PublishResolution(DateTimeOffset now)
    {
        if (Status is not (MatterStatus.Passed or MatterStatus.Failed))
        {
            return MatterRefusal.NotYet;
        }

        if (ResolutionPublishedAt is not null)
        {
            return MatterRefusal.AlreadyDone;
        }

        ResolutionPublishedAt = now;
        Raise(new MatterChanged(this, MatterEventKind.ResolutionPublished));
        return null;
    }

    /// <summary>实施结果公开: what was done about a passed matter.</summary>
    public MatterRefusal? PublishImplementation(string result, DateTimeOffset now)
    {
        if (Status != MatterStatus.Passed || ResolutionPublishedAt is null)
        {
            return MatterRefusal.NotYet;
        }

        if (ImplementationPublishedAt is not null)
        {
            return MatterRefusal.AlreadyDone;
        }

        if (string.IsNullOrWhiteSpace(result) || result.Trim().Length > MaxTextLength)
        {
            return MatterRefusal.BadText;
        }

        ImplementationResult = result.Trim();
        ImplementationPublishedAt = now;
        Raise(new MatterChanged(this, MatterEventKind.ImplementationPublished));
        return null;
    }

    /// <summary>报社区备案.</summary>
    public MatterRefusal? File(string by, DateTimeOffset now)
    {
        if (ResolutionPublishedAt is null)
        {
            return MatterRefusal.NotYet;
        }

        if (FiledAt is not null)
        {
            return MatterRefusal.AlreadyDone;
        }

        FiledAt = now;
        FiledBy = by;
        Raise(new MatterChanged(this, MatterEventKind.Filed));
        return null;
    }
}
