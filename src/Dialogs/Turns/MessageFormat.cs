namespace BuildingBot.Dialogs.Turns;

public enum MessageFormat
{
    Text,
    Markdown,
}
