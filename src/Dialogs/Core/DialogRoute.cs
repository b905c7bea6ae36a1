using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Core;

/// <summary>
/// Which dialog starts for an intent. In a group the bot answers only when @-mentioned, or when
/// the message starts with one of the route's keywords (报事, 报名 …).
/// </summary>
/// <param name="Description">One line for the help message, e.g. "绑定房号：把微信和您家的房号关联起来".</param>
public sealed record DialogRoute(Intent Intent, string DialogId, IReadOnlyList<string> GroupKeywords, string Description);
