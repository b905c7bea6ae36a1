namespace BuildingBot.Dialogs.Policies;

/// <summary>An everyday expression found in a question: where it stands and the policy words it stands for.</summary>
public sealed record PolicyPhrase(int Start, int Length, IReadOnlyList<string> Words)
{
    public bool Covers(int start, int length) => start >= Start && start + length <= Start + Length;
}
