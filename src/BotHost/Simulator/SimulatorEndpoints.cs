using BuildingBot.BotHost.Access;
using BuildingBot.Community.Channels;
using BuildingBot.Community.Simulator;
using BuildingBot.Community.Text;
using BuildingBot.Dialogs.Inbox;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.BotHost.Simulator;

/// <summary>
/// The simulator's HTTP API (documented in the OpenAPI document): groups and people, posting as a
/// person into a group or a private chat, reading after a cursor, and a live stream (SSE). Mapped only
/// when the simulator is on, and only for staff callers (local ones in embedded mode): its callers speak as anyone.
/// </summary>
internal static class SimulatorEndpoints
{
    public static IEndpointRouteBuilder MapSimulator(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/simulator/api").WithTags("Simulator").RequireAuthorization(AccessPolicies.StaffApi);
        api.MapGet("/groups", (SimulatorDirectory directory, CancellationToken ct) => directory.GroupsAsync(ct))
            .WithSummary("The building groups of the simulator.");
        api.MapGet("/groups/{chatId}/members", MembersAsync).WithSummary("Who can speak in a group: its building's residents and unbound newcomers.");
        api.MapGet("/grid-members", (SimulatorDirectory directory, CancellationToken ct) => directory.GridMembersAsync(ct))
            .WithSummary("Grid members reachable in the simulator.");
        api.MapPost("/users", AddUserAsync).WithSummary("Adds a new neighbour who has not bound a household.");
        api.MapGet("/groups/{chatId}/messages", ReadGroupAsync).WithSummary("A group's messages after a cursor (message id).");
        api.MapPost("/groups/{chatId}/messages", PostGroupAsync).WithSummary("Posts as a person into a group; @幸福里助手 addresses the bot.");
        api.MapGet("/private/{userId}/messages", ReadPrivateAsync).WithSummary("A person's private chat with the bot after a cursor.");
        api.MapPost("/private/{userId}/messages", PostPrivateAsync).WithSummary("Posts as a person into their private chat with the bot.");
        api.MapPost("/private/{userId}/actions", PressButtonAsync).WithSummary("Presses a card button in a private chat.");
        api.MapSimulatorStream();
        api.MapGridInbox();
        return endpoints;
    }

    private static async Task<IResult> MembersAsync(string chatId, SimulatorDirectory directory, CancellationToken ct) =>
        await directory.GroupAsync(chatId, ct) is null ? NotFound($"No simulator group '{chatId}'.") : Results.Ok(await directory.MembersAsync(chatId, ct));

    private static async Task<IResult> AddUserAsync(NewUser user, SimulatorDirectory directory, CancellationToken ct)
    {
        var name = SimulatorNames.Clean(user.Name);
        if (name.Length is 0 or > SimulatorLimits.MaxNameLength)
        {
            return Results.Problem(
                $"A name of 1 to {SimulatorLimits.MaxNameLength} visible characters is required (control and formatting characters are removed).",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return Results.Ok(await directory.AddPersonAsync(name, ct));
    }

    private static async Task<IResult> ReadGroupAsync(string chatId, long? after, SimulatorDirectory directory, SimulatorTranscript transcript, CancellationToken ct) =>
        await directory.GroupAsync(chatId, ct) is null ? NotFound($"No simulator group '{chatId}'.") : Results.Ok(await transcript.ReadAsync(chatId, after ?? 0, ct));

    private static async Task<IResult> ReadPrivateAsync(string userId, long? after, SimulatorDirectory directory, SimulatorTranscript transcript, CancellationToken ct) =>
        await directory.PersonAsync(userId, ct) is null ? NotFound($"No simulator user '{userId}'.") : Results.Ok(await transcript.ReadAsync(userId, after ?? 0, ct));

    private static async Task<IResult> PostGroupAsync(string chatId, SimulatorPost post, SimulatorDirectory directory, HttpContext http, CancellationToken ct)
    {
        if (await directory.GroupAsync(chatId, ct) is null)
        {
            return NotFound($"No simulator group '{chatId}'.");
        }

        var userId = post.UserId ?? string.Empty;
        if (await directory.PersonAsync(userId, ct) is not null && !await directory.IsMemberAsync(chatId, userId, ct))
        {
            return Results.Problem($"'{userId}' is not a member of the group '{chatId}'; WeCom delivers only members' messages.",
                statusCode: StatusCodes.Status403Forbidden, title: "Not a member of this group");
        }

        return await PostAsync(new ConversationReference(ChatChannel.Simulator, chatId, ConversationKind.Group), userId, post, directory, http, ct);
    }

    private static Task<IResult> PostPrivateAsync(string userId, SimulatorPost post, SimulatorDirectory directory, HttpContext http, CancellationToken ct) =>
        PostAsync(ConversationReference.Private(ChatChannel.Simulator, userId), userId, post, directory, http, ct);

    private static async Task<IResult> PostAsync(
        ConversationReference conversation, string userId, SimulatorPost post, SimulatorDirectory directory, HttpContext http, CancellationToken ct)
    {
        if (await directory.PersonAsync(userId, ct) is not { } person)
        {
            return NotFound($"No simulator user '{userId}'.");
        }

        // Everything is checked before anything is stored: a refused message leaves no line behind.
        var text = ControlCharacters.Strip(post.Text ?? string.Empty).Trim();
        var images = post.Images ?? [];
        if (text.Length == 0 && images.Count == 0)
        {
            return Results.NoContent();
        }

        if (text.Length > SimulatorLimits.MaxTextLength)
        {
            return Results.Problem($"The message has {text.Length} characters; at most {SimulatorLimits.MaxTextLength} are accepted.",
                statusCode: StatusCodes.Status400BadRequest, title: "Message too long");
        }

        var attachments = SimulatorLimits.CheckImages(images, out var refusal).Select(i => new Attachment(i.ContentType, i.Url)).ToList();
        if (refusal is not null)
        {
            return Results.Problem(refusal, statusCode: StatusCodes.Status400BadRequest, title: "Image refused");
        }

        var services = http.RequestServices;
        var clock = services.GetRequiredService<TimeProvider>();
        var stored = await services.GetRequiredService<SimulatorTranscript>().AddAsync(new SimulatorMessage
        {
            ConversationId = conversation.ConversationId,
            IsGroup = conversation.Kind == ConversationKind.Group,
            SenderId = person.Id,
            SenderName = person.Name,
            Text = text,
            Images = SimulatorImageColumn.Write(attachments.ConvertAll(a => a.Url)),
            CreatedAt = clock.GetUtcNow(),
        }, ct);

        // The same door as WeCom: stored in the inbox, handled by the queue's workers.
        var mentioned = conversation.Kind == ConversationKind.Private || BotMention.Mentions(text, SimulatorSender.BotName);
        await services.GetRequiredService<ActivityInbox>().EnqueueAsync(new Activity
        {
            Id = $"sim-{stored.Id}",
            Conversation = conversation,
            From = new ChannelAccount(person.Id, person.Name),
            Text = BotMention.Strip(text, SimulatorSender.BotName),
            MentionsBot = mentioned,
            Attachments = attachments,
            Timestamp = stored.CreatedAt,
        }, ct);
        return Results.Ok(SimulatorMessageView.From(stored));
    }

    private static async Task<IResult> PressButtonAsync(string userId, ButtonPress press, SimulatorDirectory directory, ActivityInbox inbox, TimeProvider clock, CancellationToken ct)
    {
        if (await directory.PersonAsync(userId, ct) is not { } person)
        {
            return NotFound($"No simulator user '{userId}'.");
        }

        await inbox.EnqueueAsync(new Activity
        {
            Id = $"sim-action-{Guid.NewGuid():N}",
            Type = ActivityType.CardAction,
            Conversation = ConversationReference.Private(ChatChannel.Simulator, userId),
            From = new ChannelAccount(person.Id, person.Name),
            Text = ControlCharacters.Strip(press.Value ?? string.Empty),
            Value = ControlCharacters.Strip(press.Value ?? string.Empty),
            MentionsBot = true,
            Timestamp = clock.GetUtcNow(),
        }, ct);
        return Results.Accepted();
    }

    private static IResult NotFound(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound);

    /// <summary>A new neighbour's display name.</summary>
    public sealed record NewUser(string? Name);

    /// <summary>The value of the card button pressed.</summary>
    public sealed record ButtonPress(string Value);
}
