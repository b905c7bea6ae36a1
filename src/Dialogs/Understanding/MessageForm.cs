namespace BuildingBot.Dialogs.Understanding;

/// <summary>What <see cref="MessageShape"/> and <see cref="AssigneeFinder"/> read of a message's form, as model signals.</summary>
internal readonly record struct MessageForm(bool Notice, bool ToNeighbours, bool EarlierReport, bool Delegates);
