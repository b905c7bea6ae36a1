namespace BuildingBot.Community.Privacy;

/// <summary>Settings of the <see cref="Redactor"/> (section <c>Privacy</c>).</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// Numbers that may stand in group and public texts (the community office, hotlines), written as
    /// staff write them; separators do not matter.
    /// </summary>
    public List<string> PublicNumbers { get; set; } = [];
}
