namespace BuildingBot.Community.Privacy;

/// <summary>A personal detail found in a text: where it stands and what it is.</summary>
/// <param name="Start">Index of its first character.</param>
/// <param name="Length">Its length in the original text.</param>
/// <param name="Digits">For numbers, the digits alone (full-width digits read as ASCII).</param>
public sealed record PersonalDetail(int Start, int Length, DetailKind Kind, string Digits = "")
{
    public int End => Start + Length;
}
