using System.Globalization;
using BuildingBot.BotHost.Access;
using BuildingBot.Dialogs.Clarify;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.BotHost.Understanding;

/// <summary>POST /admin/understanding: what the bot understands of a message, for staff and scripts.</summary>
internal static class UnderstandingEndpoints
{
    public sealed record Request(string? Text, string? Role, string? Context);

    public sealed record Candidate(string Intent, double Probability);

    public sealed record Question(string Prompt, IReadOnlyList<string> Options);

    public sealed record Answer(
        string Text, string Intent, double Confidence, IReadOnlyList<Candidate> Candidates, string Category,
        IReadOnlyDictionary<string, string> Entities, Question? ClarifyingQuestion, string ModelVersion);

    public static IEndpointRouteBuilder MapUnderstanding(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/understanding", Understand)
            .RequireAuthorization(AccessPolicies.StaffApi)
            .WithTags("Admin")
            .WithSummary("What the bot understands of a message: intent with confidence, category, entities and the clarifying question it would ask.");
        return endpoints;
    }

    private static IResult Understand(Request request, Recognizer recognizer, IEnumerable<Dialog> dialogs)
    {
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > 2000)
        {
            return Results.Problem("text is required (1 to 2,000 characters).", statusCode: StatusCodes.Status400BadRequest);
        }

        SpeakerRole? role = request.Role switch { null or "" or "resident" => SpeakerRole.Resident, "grid" => SpeakerRole.Grid, _ => null };
        ConversationCue? cue = request.Context switch
        {
            null or "" or "-" => ConversationCue.None, "card" => ConversationCue.Card, "order" => ConversationCue.Order, "rating" => ConversationCue.Rating, "vote" => ConversationCue.Vote, "help" => ConversationCue.Help, _ => null,
        };
        if (role is null || cue is null)
        {
            return Results.Problem("role must be resident or grid; context must be -, card, order or rating.", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = recognizer.Recognize(request.Text, role.Value, cue.Value);
        var question = dialogs.OfType<ClarifyDialog>().FirstOrDefault()?.QuestionFor(result) is { } q
            ? new Question(q.Prompt, q.Choices.Select(c => c.Value).ToList())
            : null;
        return Results.Ok(new Answer(
            result.Text, result.Intent.ToString(), Math.Round(result.Confidence, 3),
            result.Candidates.Select(c => new Candidate(c.Intent.ToString(), Math.Round(c.Probability, 3))).ToList(),
            result.Category.ToString(), Entities(result), question, recognizer.Model.Version));
    }

    private static Dictionary<string, string> Entities(RecognizerResult result)
    {
        var entities = new Dictionary<string, string>(StringComparer.Ordinal);
        if (result.Address is { } a)
        {
            entities["room"] = $"{a.Building ?? "_"}-{a.Unit?.ToString(CultureInfo.InvariantCulture) ?? "_"}-{a.Room ?? "_"}";
        }

        if (result.Phones.Count > 0)
        {
            entities["phone"] = result.Phones[0].Masked;
        }

        if (result.Places.Count > 0)
        {
            entities["place"] = string.Join(",", result.Places.SelectMany(p => p.Regions).Select(r => r.FullCode).Distinct());
        }

        if (result.When is { } when)
        {
            entities["date"] = when.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (result.OrderNumber is { } order)
        {
            entities["order"] = order;
        }

        if (result.Emergencies != EmergencyKind.None)
        {
            entities["emergency"] = result.Emergencies.ToString();
        }

        return entities;
    }
}
