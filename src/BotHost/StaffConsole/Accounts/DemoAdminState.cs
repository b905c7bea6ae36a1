namespace BuildingBot.BotHost.StaffConsole.Accounts;

/// <summary>Whether this process has seen a staff account; once it has, the demo admin is gone for good and nothing is queried.</summary>
internal sealed class DemoAdminState
{
    private volatile bool _accountsSeen;

    public bool AccountsSeen
    {
        get => _accountsSeen;
        set => _accountsSeen = value;
    }
}
