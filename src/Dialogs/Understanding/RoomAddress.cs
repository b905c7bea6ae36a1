namespace BuildingBot.Dialogs.Understanding;

/// <summary>Where someone lives or something happened: building code, unit number and room, each when said.</summary>
public sealed record RoomAddress(string? Building, int? Unit, string? Room)
{
    public bool IsComplete => Building is not null && Room is not null;

    /// <summary>The usual written form: 3幢2单元501.</summary>
    public override string ToString() =>
        $"{(Building is null ? string.Empty : Building + "幢")}{(Unit is null ? string.Empty : Unit + "单元")}{Room}";
}
