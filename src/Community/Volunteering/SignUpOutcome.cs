namespace BuildingBot.Community.Volunteering;

/// <summary>What a sign-up, cancellation or check-in did, or why not (in Chinese, for the resident).</summary>
public sealed record SignUpOutcome(SignUpStatus? Status, int Position, string? Error)
{
    /// <summary>Someone who moved up from the waiting list because of this change, to be told.</summary>
    public int? PromotedResidentId { get; init; }

    public bool Succeeded => Error is null;

    public static SignUpOutcome Fail(string error) => new(null, 0, error);
}
