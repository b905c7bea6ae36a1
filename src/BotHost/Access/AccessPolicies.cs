namespace BuildingBot.BotHost.Access;

/// <summary>
/// The authorization policies every staff surface names: the admin API and the simulator API
/// (<see cref="StaffApi"/>: JSON or CSV bodies only), the job dashboard, OpenAPI and /status (<see cref="StaffPage"/>).
/// Both are decided by <see cref="CallerAccess"/>.
/// </summary>
internal static class AccessPolicies
{
    public const string StaffApi = "StaffApi";
    public const string StaffPage = "StaffPage";

    /// <summary>The role a holder of the admin key gets; a staff sign-in will grant the same role.</summary>
    public const string StaffRole = "Staff";
}
