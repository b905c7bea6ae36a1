namespace BuildingBot.BotHost.Admin;

/// <summary>The admin API's answer to bad input: 400 with every problem listed under the thing it concerns.</summary>
internal static class AdminProblems
{
    public static IResult Invalid(string subject, IReadOnlyList<string> problems) => Results.ValidationProblem(
        new Dictionary<string, string[]> { [subject] = [.. problems] }, detail: string.Join(" ", problems));
}
