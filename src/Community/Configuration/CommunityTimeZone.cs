using Microsoft.Extensions.Configuration;

namespace BuildingBot.Community.Configuration;

/// <summary>
/// The community's time zone (<c>Community:TimeZone</c>, an IANA id, default Asia/Shanghai): every local date and time the
/// product computes or shows — order numbers, "明天", reminders, cron schedules — is in it. Injected, never a static field.
/// </summary>
public sealed class CommunityTimeZone(TimeZoneInfo zone)
{
    public const string Key = "Community:TimeZone";
    public const string DefaultId = "Asia/Shanghai";

    public static CommunityTimeZone Default { get; } = new(TimeZoneInfo.FindSystemTimeZoneById(DefaultId));

    public TimeZoneInfo Zone { get; } = zone;

    public static CommunityTimeZone From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[Key] is not { Length: > 0 } id)
        {
            return Default;
        }

        try
        {
            return new CommunityTimeZone(TimeZoneInfo.FindSystemTimeZoneById(id.Trim()));
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new InvalidConfigurationException(Key, $"'{id}' is not a time zone this machine knows; use an IANA id such as {DefaultId}");
        }
    }

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(Local(now).DateTime);
}
