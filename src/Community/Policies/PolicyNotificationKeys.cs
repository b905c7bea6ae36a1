using System.Globalization;
using BuildingBot.Community.Channels;

namespace BuildingBot.Community.Policies;

/// <summary>
/// The outbox keys of the notices a policy version causes: <c>policy:{policyId}:v{number}:resident:{residentId}</c> and
/// <c>policy:{policyId}:v{number}:group:{channel}:{chatId}</c> (a long text split in parts adds <c>#2</c> …). One key per
/// (version, recipient), so nobody hears the same change twice, and who was told of a version is the rows under its prefix.
/// </summary>
public static class PolicyNotificationKeys
{
    private const string ResidentPart = "resident:";
    private const string GroupPart = "group:";

    /// <summary>The prefix every notice of this version is keyed under.</summary>
    public static string Prefix(int policyId, int versionNumber)
    {
        if (policyId <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(policyId), policyId, "A policy version's notices are keyed once the policy has its id.");
        }

        return string.Create(CultureInfo.InvariantCulture, $"policy:{policyId}:v{versionNumber}:");
    }

    public static string Resident(int policyId, int versionNumber, int residentId) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix(policyId, versionNumber)}{ResidentPart}{residentId}");

    public static string Group(int policyId, int versionNumber, ChatChannel channel, string chatId) =>
        $"{Prefix(policyId, versionNumber)}{GroupPart}{channel}:{chatId}";

    /// <summary>Reads the recipient from a key under <paramref name="prefix"/>: a resident's id, or a group's channel and chat id.</summary>
    public static PolicyNotificationRecipient? Recipient(string key, string prefix)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(prefix);
        if (!key.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = key[prefix.Length..];
        var part = 1;
        if (rest.LastIndexOf('#') is var hash and > 0 && int.TryParse(rest.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            (rest, part) = (rest[..hash], n);
        }

        if (rest.StartsWith(ResidentPart, StringComparison.Ordinal)
            && int.TryParse(rest.AsSpan(ResidentPart.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var residentId))
        {
            return new PolicyNotificationRecipient(residentId, null, null, part);
        }

        if (rest.StartsWith(GroupPart, StringComparison.Ordinal) && rest[GroupPart.Length..].Split(':', 2) is [var channel, var chatId]
            && Enum.TryParse<ChatChannel>(channel, out var parsed))
        {
            return new PolicyNotificationRecipient(null, parsed, chatId, part);
        }

        return null;
    }
}
