namespace BuildingBot.BotHost.StaffConsole.Accounts;

/// <summary>Claim types the console adds to a staff member's cookie.</summary>
public static class StaffClaims
{
    public const string GridMemberId = "bb:grid_member";

    /// <summary>Present while the account still has its one-time password.</summary>
    public const string MustChangePassword = "bb:must_change_password";

    /// <summary>Present for the demo admin of an embedded instance without accounts.</summary>
    public const string Demo = "bb:demo";
}
