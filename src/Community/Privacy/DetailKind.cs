namespace BuildingBot.Community.Privacy;

/// <summary>A kind of personal detail the <see cref="Redactor"/> removes.</summary>
public enum DetailKind
{
    Phone,
    IdNumber,
    OtherNumber,
    Room,
    Name,
}
