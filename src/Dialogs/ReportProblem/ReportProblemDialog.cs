using BuildingBot.Community.Categories;
using BuildingBot.Community.Identity;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.BindHousehold;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;
using BuildingBot.Dialogs.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Dialogs.ReportProblem;

/// <summary>
/// 报事: takes what the first message says (category, place, urgency, contact, photo), gives the
/// emergency numbers first when it sounds dangerous, asks only for what is missing, offers to join a
/// similar open order, confirms, and creates the order. In a group the reply carries the order number
/// only; the details go to the resident privately.
/// </summary>
public sealed class ReportProblemDialog : ComponentDialog
{
    public const string DialogId = "reportProblem";
    private const string DraftKey = "draft";
    private const string TextPromptId = "reportProblem.text";
    private const string WherePromptId = "reportProblem.where";
    private const string YesNoPromptId = "reportProblem.yesNo";
    private const string PhotoPromptId = "reportProblem.photo";
    private const string ConfirmPromptId = "reportProblem.confirm";

    private readonly Recognizer _recognizer;
    private readonly ProblemSimilarity _similarity;
    private readonly TurnScoped<CommunityDbContext> _db;
    private readonly TurnScoped<WorkOrderQueries> _workOrderQueries;
    private readonly TurnScoped<WorkOrderService> _workOrderService;

    public ReportProblemDialog(
        Recognizer recognizer, ProblemSimilarity similarity, TurnScoped<CommunityDbContext> db, TurnScoped<WorkOrderQueries> workOrderQueries, TurnScoped<WorkOrderService> workOrderService)
        : base(DialogId)
    {
        _recognizer = recognizer;
        _similarity = similarity;
        _db = db;
        _workOrderQueries = workOrderQueries;
        _workOrderService = workOrderService;
        AddDialog(new WaterfallDialog($"{DialogId}.steps",
        [
            new WaterfallStep("start", StartAsync),
            new WaterfallStep("description", DescriptionAsync, "说说发生了什么、在哪里，例如“3幢电梯坏了”。"),
            new WaterfallStep("where", WhereAsync, "告诉我楼栋即可，例如“3幢”；问题在家里的话可以加上单元和房号。"),
            new WaterfallStep("urgency", UrgencyAsync, "有老人小孩受影响、漏水漏电等情况请回答“是”。"),
            new WaterfallStep("contact", ContactAsync, "同意后，负责的网格员能看到您的电话，方便上门前联系。"),
            new WaterfallStep("photo", PhotoAsync, "发一张现场照片，网格员能更快判断情况；没有就回复“跳过”。"),
            new WaterfallStep("duplicate", DuplicateAsync, "如果是同一件事，我会把您加为反映人，不再重复派单。"),
            new WaterfallStep("confirm", ConfirmAsync, "回复“是”提交；哪里不对可以直接说，例如“是5幢”“不急”“是楼梯间的灯”；不提交请回复“否”。"),
            new WaterfallStep("create", CreateAsync),
        ]));
        AddDialog(new TextPrompt(TextPromptId, ValidateTextAsync));
        AddDialog(new TextPrompt(WherePromptId, check => ReportPlaces.ValidateAsync(check, _recognizer, _db.In(check.Turn))));
        AddDialog(new Prompts.ConfirmPrompt(YesNoPromptId));
        AddDialog(new AttachmentPrompt(PhotoPromptId));
        AddDialog(new TextPrompt(ConfirmPromptId));
    }

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var recognized = step.Options as RecognizerResult ?? RecognizerResult.Empty;
        if (recognized.Emergencies != EmergencyKind.None)
        {
            turn.Send(EmergencyAdvice.For(recognized.Emergencies));
        }

        if (turn.Identity.Kind != SenderKind.Resident)
        {
            if (turn.Identity.Kind == SenderKind.GridMember)
            {
                turn.Send("网格员账号不能报事；请用居民身份反映，或直接联系网格长。");
            }
            else
            {
                turn.Send("报事前请先绑定房号，这样我才知道问题在哪栋楼、该派给谁。我私聊您完成绑定，绑定后再说一次遇到的问题就好。");
                turn.BeginPrivateDialog(BindHouseholdDialog.DialogId, new BindHouseholdDialog.NearBuilding(turn.Identity.GroupBuildingId));
            }

            return await step.EndAsync().ConfigureAwait(false);
        }

        var db = _db.In(turn);
        var near = turn.Identity.GroupBuildingId ?? turn.Identity.HomeBuildingId;
        var description = ReportText.Description(turn.Activity.Text ?? string.Empty);
        (int Id, string Name)? building = recognized.Address?.Building is { } code
            ? await ReportPlaces.FindAsync(db, code, near, turn.CancellationToken).ConfigureAwait(false)
            : await ReportPlaces.ByIdAsync(db, near, turn.CancellationToken).ConfigureAwait(false);
        var photo = turn.Activity.Attachments.FirstOrDefault(a => a.IsImage)?.Url;
        string? placeProblem = null;
        if (building is { } found && recognized.Address is { Room: { } room } said
            && !await ReportPlaces.RoomExistsAsync(db, found.Id, said.Unit, room, turn.CancellationToken).ConfigureAwait(false))
        {
            placeProblem = $"{found.Name}没有“{said}”这个房号。";
            building = null;
        }

        step.Values.Set(DraftKey, new ReportDraft
        {
            Description = description,
            Category = recognized.Category,
            Urgency = recognized.Emergencies != EmergencyKind.None ? Urgency.Emergency : recognized.Urgency,
            UrgencyKnown = recognized.Urgency != Urgency.Normal || recognized.Emergencies != EmergencyKind.None,
            BuildingId = building?.Id,
            BuildingName = building?.Name,
            Room = placeProblem is null ? ReportText.Room(recognized.Address) : null,
            PlaceProblem = placeProblem,
            ContactAllowed = ReportText.Contact(recognized.Text),
            PhotoUrl = photo,
            PhotoAsked = photo is not null,
        });
        return await step.NextAsync().ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> DescriptionAsync(WaterfallStepContext step)
    {
        if (Draft(step).Description is not null)
        {
            return await step.NextAsync().ConfigureAwait(false);
        }

        return await step.PromptAsync(TextPromptId, new PromptOptions { Prompt = "请简单说说遇到了什么问题，例如“3幢电梯坏了”。" }).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> WhereAsync(WaterfallStepContext step)
    {
        var draft = Draft(step);
        if (step.Result is string text)
        {
            // The description came as an answer: read it like a first message.
            var recognized = _recognizer.Recognize(text);
            if (recognized.Emergencies != EmergencyKind.None && draft.Urgency != Urgency.Emergency)
            {
                step.Turn.Send(EmergencyAdvice.For(recognized.Emergencies));
            }

            draft = draft with
            {
                Description = text.Trim(),
                Category = draft.Category == ProblemCategory.Other ? recognized.Category : draft.Category,
                Urgency = recognized.Emergencies != EmergencyKind.None ? Urgency.Emergency : recognized.Urgency > draft.Urgency ? recognized.Urgency : draft.Urgency,
                UrgencyKnown = draft.UrgencyKnown || recognized.Urgency != Urgency.Normal || recognized.Emergencies != EmergencyKind.None,
                Room = draft.Room ?? ReportText.Room(recognized.Address),
            };
            if (recognized.Address?.Building is { } code && await FindAsync(step, code).ConfigureAwait(false) is { } named)
            {
                draft = draft with { BuildingId = named.Id, BuildingName = named.Name };
            }

            step.Values.Set(DraftKey, draft);
        }

        if (draft.BuildingId is not null)
        {
            return await step.NextAsync().ConfigureAwait(false);
        }

        return await step.PromptAsync(WherePromptId, new PromptOptions
        {
            Prompt = $"{draft.PlaceProblem}问题在哪栋楼？例如“3幢”，在家里的话可以加上单元和房号。",
            RetryPrompt = "没有找到这栋楼，请核对楼栋号，例如“3幢”或“5栋”。",
        }).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> UrgencyAsync(WaterfallStepContext step)
    {
        var draft = Draft(step);
        if (step.Result is string where)
        {
            var address = _recognizer.Recognize(where).Address;
            var building = await FindAsync(step, address!.Building!).ConfigureAwait(false);
            draft = draft with { BuildingId = building!.Value.Id, BuildingName = building.Value.Name, Room = draft.Room ?? ReportText.Room(address) };
            step.Values.Set(DraftKey, draft);
        }

        if (draft.UrgencyKnown)
        {
            return await step.NextAsync().ConfigureAwait(false);
        }

        return await step.PromptAsync(YesNoPromptId, new PromptOptions { Prompt = "这件事需要尽快处理吗？" }).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ContactAsync(WaterfallStepContext step)
    {
        var draft = Draft(step);
        if (step.Result is bool urgent)
        {
            draft = draft with { Urgency = urgent ? Urgency.Urgent : Urgency.Normal, UrgencyKnown = true };
            step.Values.Set(DraftKey, draft);
        }

        if (draft.ContactAllowed is not null)
        {
            return await step.NextAsync().ConfigureAwait(false);
        }

        var residentId = step.Turn.Identity.ResidentId;
        var hasPhone = await _db.In(step.Turn).Residents
            .AnyAsync(r => r.Id == residentId && r.Phone != null, step.Turn.CancellationToken).ConfigureAwait(false);
        if (!hasPhone)
        {
            step.Values.Set(DraftKey, draft with { ContactAllowed = false });
            return await step.NextAsync().ConfigureAwait(false);
        }

        return await step.PromptAsync(YesNoPromptId, new PromptOptions { Prompt = "网格员需要时可以打电话联系您吗？" }).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> PhotoAsync(WaterfallStepContext step)
    {
        var draft = Draft(step);
        if (step.Result is bool contact)
        {
            draft = draft with { ContactAllowed = contact };
        }

        if (draft.PhotoAsked || draft.Urgency == Urgency.Emergency)
        {
            step.Values.Set(DraftKey, draft);
            return await step.NextAsync().ConfigureAwait(false);
        }

        step.Values.Set(DraftKey, draft with { PhotoAsked = true });
        return await step.PromptAsync(PhotoPromptId, new PromptOptions { Prompt = "方便的话发一张现场照片；没有请回复“跳过”。", AllowSkip = true }).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> DuplicateAsync(WaterfallStepContext step)
    {
        var draft = Draft(step);
        if (step.Result is IReadOnlyList<Turns.Attachment> { Count: > 0 } photos)
        {
            draft = draft with { PhotoUrl = photos[0].Url };
        }

        var candidates = await _workOrderQueries.In(step.Turn)
            .DuplicateCandidatesAsync(draft.BuildingId!.Value, draft.Category, step.Turn.CancellationToken).ConfigureAwait(false);
        var similar = candidates.Select(o => (Order: o, Score: _similarity.Score(o.Description, draft.Description!)))
            .Where(s => s.Score >= ProblemSimilarity.Threshold).OrderByDescending(s => s.Score).Select(s => s.Order).FirstOrDefault();
        if (similar is null || similar.Reporters.Any(r => r.ResidentId == step.Turn.Identity.ResidentId) && similar.ReporterId != step.Turn.Identity.ResidentId)
        {
            step.Values.Set(DraftKey, draft);
            return await step.NextAsync(step.Result as ConfirmationLead).ConfigureAwait(false);
        }

        step.Values.Set(DraftKey, draft with { DuplicateId = similar.Id, DuplicateNumber = similar.Number });
        return await step.PromptAsync(YesNoPromptId, new PromptOptions
        {
            Prompt = SimilarOrderOffer(step.Turn, draft.BuildingName!, similar),
        }).ConfigureAwait(false);
    }

    // Someone else's report is theirs: a group sees its number, category and building; its words are shown
    // only in a private chat with a person who reported it.
    private static string SimilarOrderOffer(ITurnContext turn, string buildingName, WorkOrder similar)
    {
        var ownReport = !turn.Activity.IsGroup && turn.Identity.ResidentId is { } me
            && (similar.ReporterId == me || similar.Reporters.Any(r => r.ResidentId == me));
        var words = ownReport ? $"：“{ReportText.Short(similar.Description)}”" : string.Empty;
        return $"{buildingName}已有一张相似的{similar.Category.ToChinese()}工单 {similar.Number}{words}（{similar.Status.ToChinese()}）。是同一件事吗？";
    }

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step)
    {
        var draft = Draft(step);
        if (step.Result is true && draft.DuplicateId is { } duplicate)
        {
            return await ReportSubmission.JoinAsync(step, duplicate, draft.DuplicateNumber!, _workOrderService.In(step.Turn)).ConfigureAwait(false);
        }

        var lead = step.Result as ConfirmationLead;
        if (lead is { ShowReport: false })
        {
            return await step.PromptAsync(ConfirmPromptId, new PromptOptions { Prompt = lead.Text }).ConfigureAwait(false);
        }

        var place = step.Turn.Activity.IsGroup || draft.Room is null ? draft.BuildingName : $"{draft.BuildingName} {draft.Room}";
        var photo = draft.PhotoUrl is null ? "无" : "已附";
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Prompt = $"{lead?.Text}请确认报事内容：\n类别：{draft.Category.ToChinese()}\n地点：{place}\n紧急程度：{draft.Urgency.ToChinese()}\n描述：{ReportText.Short(draft.Description!)}\n" +
                $"照片：{photo}\n电话联系：{(draft.ContactAllowed == true ? "同意" : "不同意")}\n确认提交吗？（是/否，有误可以直接说要改的地方）",
        }).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> CreateAsync(WaterfallStepContext step)
    {
        var answer = ReportCorrection.Read(step.Result as string, _recognizer);
        switch (answer.Kind)
        {
            case ReportCorrectionKind.Submit:
                return await ReportSubmission.CreateAsync(step, Draft(step), _workOrderService.In(step.Turn)).ConfigureAwait(false);
            case ReportCorrectionKind.Cancel:
                step.Turn.Send("好的，没有提交。需要时再发“报事”。");
                return await step.EndAsync().ConfigureAwait(false);
            case ReportCorrectionKind.AskWhat:
                return await step.GoToAsync("confirm", new ConfirmationLead(
                    "哪里要改？直接告诉我就行，例如“是5幢”“不急”“是楼梯间的灯”“类别是环境卫生”；确认无误请回复“是”，不提交请回复“否”。", ShowReport: false))
                    .ConfigureAwait(false);
        }

        var draft = Draft(step);
        string? placeProblem = null;
        if (answer.Address is { Building: { } code } address)
        {
            if (await FindAsync(step, code).ConfigureAwait(false) is { } building)
            {
                draft = draft with { BuildingId = building.Id, BuildingName = building.Name, Room = ReportText.Room(address) ?? (building.Id == draft.BuildingId ? draft.Room : null) };
            }
            else
            {
                placeProblem = $"没有找到“{code}”这栋楼，地点没有改。";
            }
        }

        var changed = draft with
        {
            Category = answer.Category ?? draft.Category,
            Urgency = answer.Urgency ?? draft.Urgency,
            ContactAllowed = answer.ContactAllowed ?? draft.ContactAllowed,
            Description = answer.Description is not { } words ? draft.Description
                : answer.ReplacesDescription ? words : $"{draft.Description}（更正：{words}）",
        };
        var lead = new ConfirmationLead($"{placeProblem}{(changed == Draft(step) ? "内容没有变化。" : "好的，已修改。")}\n");
        var again = changed.BuildingId != Draft(step).BuildingId || changed.Category != Draft(step).Category || changed.Description != Draft(step).Description;
        step.Values.Set(DraftKey, again ? changed with { DuplicateId = null, DuplicateNumber = null } : changed);

        // A new place, category or description may match another open order: look again before confirming.
        return await step.GoToAsync(again ? "duplicate" : "confirm", lead).ConfigureAwait(false);
    }

    private static async Task<bool> ValidateTextAsync(PromptValidatorContext<string> check)
    {
        check.RefusalMessage = WorkOrderRefusalText.CheckText(check.Value, WorkOrderTextField.Description);
        return await Task.FromResult(check.RefusalMessage is null && check.Value.Trim().Length >= 2).ConfigureAwait(false);
    }

    private Task<(int Id, string Name)?> FindAsync(WaterfallStepContext step, string code) =>
        ReportPlaces.FindAsync(_db.In(step.Turn), code,
            step.Turn.Identity.GroupBuildingId ?? step.Turn.Identity.HomeBuildingId, step.Turn.CancellationToken);

    internal static ReportDraft Draft(WaterfallStepContext step) =>
        step.Values.Get<ReportDraft>(DraftKey) ?? throw new DialogStateException("reportProblem lost its draft");
}
