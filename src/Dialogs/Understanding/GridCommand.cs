namespace BuildingBot.Dialogs.Understanding;

/// <summary>A grid member's typed command: 接单 42, 转派 42 给 张志强 不是我的楼, 办结 42 已修好, 退回 42 原因.</summary>
public sealed record GridCommand(Intent Intent, string? OrderNumber, string? TargetName, string? Text);
