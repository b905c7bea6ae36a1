namespace BuildingBot.Dialogs.Understanding;

/// <summary>Who writes: the same words mean different things from a resident and from a grid member (收到, 弄好了).</summary>
public enum SpeakerRole
{
    Resident,
    Grid,
}
