using BuildingBot.Community.Events;

namespace BuildingBot.Community.Policies;

/// <summary>
/// 政策: a rule for a region (GB/T 2260 code at province, city or district level, or national "00") on a
/// topic. Its text lives in versions: each edit is a new version with its own effective window, published with
/// <see cref="Publish"/> so that the people concerned hear of it in the same save.
/// </summary>
public sealed class Policy : AggregateRoot
{
    public int Id { get; set; }

    /// <summary>Region code as the directory keeps it: "00" national, "33" province, "3301" city, "330106" district.</summary>
    public required string RegionCode { get; set; }

    public PolicyTopic Topic { get; set; }

    /// <summary>Retired policies answer nothing any more (their versions stay for the record).</summary>
    public bool Retired { get; set; }

    /// <summary>Demo policies shipped for the simulator; answers mark them as examples.</summary>
    public bool IsExample { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<PolicyVersion> Versions { get; } = [];

    /// <summary>Adds a version and raises <see cref="PolicyVersionPublished"/> for it.</summary>
    public void Publish(PolicyVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        Versions.Add(version);
        Announce(version);
    }

    /// <summary>Raises <see cref="PolicyVersionPublished"/> for a version the policy has already (a new policy's first, once saved).</summary>
    public void Announce(PolicyVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (!Versions.Contains(version))
        {
            throw new ArgumentException("Only a version of this policy can be announced.", nameof(version));
        }

        Raise(new PolicyVersionPublished(this, version));
    }
}
