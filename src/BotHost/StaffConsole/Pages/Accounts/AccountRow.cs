namespace BuildingBot.BotHost.StaffConsole.Pages.Accounts;

/// <summary>One console account as 账号管理 lists it.</summary>
public sealed record AccountRow(string Id, string Name, string Role, string? GridMember, string? WeComUserId, bool Disabled, bool MustChangePassword);
