namespace BuildingBot.Dialogs.Turns;

/// <summary>Answers that carry a resident's own details: in a group a short line there and the details privately.</summary>
public static class DetailedAnswer
{
    /// <summary>
    /// In a group: <paramref name="group"/> (or the details, when they are fit for the group) there and the details with
    /// their buttons privately; in a private chat: the details.
    /// </summary>
    public static void Answer(this ITurnContext turn, string details, string? group = null, params CardButton[] buttons)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.IsGroup)
        {
            turn.Send(group ?? details);
            turn.SendPrivate(details, buttons);
        }
        else
        {
            turn.Send(details, buttons);
        }
    }
}
