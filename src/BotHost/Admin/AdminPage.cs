namespace BuildingBot.BotHost.Admin;

/// <summary>One page of an admin list: how many match in all, which page this is, and its items.</summary>
internal sealed record AdminPage<T>(int Total, int PageNumber, int PageSize, IReadOnlyList<T> Items);
