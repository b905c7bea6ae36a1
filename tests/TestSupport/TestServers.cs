namespace BuildingBot.TestSupport;

/// <summary>
/// The real PostgreSQL and Redis that deploy/test.sh starts. Tests that need them fail (never skip)
/// when the variables are missing, saying how to run them.
/// </summary>
public static class TestServers
{
    public const string PostgresVariable = "BUILDINGBOT_TEST_POSTGRES";
    public const string RedisVariable = "BUILDINGBOT_TEST_REDIS";

    public static string PostgresAdminConnectionString => Require(PostgresVariable);

    public const string ChromiumVariable = "BUILDINGBOT_TEST_CHROMIUM";

    public static string RedisConnectionString => Require(RedisVariable);

    /// <summary>Debian's Chromium, which deploy/test.sh installs; Playwright never downloads a browser here.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium"
        : throw new InvalidOperationException($"{ChromiumVariable} is not set and /usr/bin/chromium is missing. Run the tests with deploy/test.sh, which installs Chromium.");

    private static string Require(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{variable} is not set. Run the tests with deploy/test.sh, which starts PostgreSQL and Redis.");
}
