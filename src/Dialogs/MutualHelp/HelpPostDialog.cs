using System.Globalization;
using BuildingBot.Community.Categories;
using BuildingBot.Community.MutualHelp;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Privacy;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.ReportProblem;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuildingBot.Dialogs.MutualHelp;

/// <summary>
/// 求助：… / 我可以帮忙…: asks only what the message did not say (what; for a need also when and where in the compound),
/// cuts out names, phones and rooms (and says so), then posts it to the compound's building groups under a short number.
/// A need that is really a problem for the grid (漏水, 老人摔倒) becomes a report instead, with the reason said.
/// </summary>
public sealed class HelpPostDialog : ComponentDialog
{
    public const string DialogId = "helpPost";
    private const string DraftKey = "draft";
    private const string WhatPrompt = "helpPost.what";
    private const string WhenPrompt = "helpPost.when";
    private const string WherePrompt = "helpPost.where";

    private readonly TurnScoped<CommunityDbContext> _db;
    private readonly TurnScoped<HelpService> _help;
    private readonly TurnScoped<Redactor> _redactor;
    private readonly int _maxOpen;

    public HelpPostDialog(TurnScoped<CommunityDbContext> db, TurnScoped<HelpService> help, TurnScoped<Redactor> redactor, IOptions<HelpOptions> options)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxOpen = options.Value.MaxOpenPerResident;
        _db = db;
        _help = help;
        _redactor = redactor;
        AddDialog(new WaterfallDialog($"{DialogId}.steps",
        [
            new WaterfallStep("what", WhatAsync),
            new WaterfallStep("when", WhenAsync),
            new WaterfallStep("where", WhereAsync),
            new WaterfallStep("post", PostAsync),
        ]));
        AddDialog(new TextPrompt(WhatPrompt, check => Task.FromResult(check.Value.Trim().Length >= 2)));
        AddDialog(new TextPrompt(WhenPrompt));
        AddDialog(new TextPrompt(WherePrompt));
    }

    /// <summary>A need that is really a problem for the grid starts a report in this dialog's place, with the reason said.</summary>
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options = null)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var recognized = options as RecognizerResult ?? dc.Turn.Recognized ?? RecognizerResult.Empty;
        if (recognized.Intent != Intent.HelpOffer && HelpPostWords.GridProblem(recognized) is { } category)
        {
            dc.Turn.Send($"这是{category.ToChinese()}方面的问题，需要网格员或物业来处理，不适合请邻居帮忙，我帮您转成报事工单。");
            return await dc.ReplaceDialogAsync(ReportProblemDialog.DialogId, recognized with { Intent = Intent.ReportProblem, Category = category })
                .ConfigureAwait(false);
        }

        return await base.BeginAsync(dc, options).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> WhatAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var recognized = step.Options as RecognizerResult ?? turn.Recognized ?? RecognizerResult.Empty;
        var kind = recognized.Intent == Intent.HelpOffer ? HelpKind.Offer : HelpKind.Need;
        if (turn.Identity is not { ResidentId: { } resident, HomeBuildingId: { } building })
        {
            turn.Send("邻里互助只在本小区邻居之间进行。请先绑定房号（发“绑定房号”或百姓码），绑定后再发布。", new CardButton("绑定房号", "绑定房号"));
            return await step.EndAsync().ConfigureAwait(false);
        }

        var help = _help.In(turn);
        if (await help.OpenCountAsync(resident, turn.CancellationToken).ConfigureAwait(false) >= _maxOpen)
        {
            turn.Send($"您已经有 {_maxOpen} 条进行中的互助信息了。请先完成或撤销一条（发“撤销 HZ编号”），再发布新的。");
            return await step.EndAsync().ConfigureAwait(false);
        }

        var text = recognized.Text.Length > 0 ? recognized.Text : ChineseText.Normalize(turn.Activity.Text);
        var body = HelpPostWords.Body(turn.Activity.Text ?? text, kind);
        var draft = new HelpDraft
        {
            Kind = kind, BuildingId = building, What = body,
            WhenText = recognized.When is { } at ? Say(at) : null, When = recognized.When?.Value, Where = HelpPostWords.Place(body),
        };
        step.Values.Set(DraftKey, draft);
        if (body.Length >= 2)
        {
            return await step.NextAsync().ConfigureAwait(false);
        }

        return await step.PromptAsync(WhatPrompt, new PromptOptions
        {
            Prompt = kind == HelpKind.Need ? "需要邻居帮什么忙？请用一句话说说，例如“帮忙接一下孩子”。" : "您可以帮邻居做什么？例如“修电脑”“教老人用手机”。",
            RetryPrompt = "请用一句话说说要帮的事。",
        }).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> WhenAsync(WaterfallStepContext step)
    {
        var draft = step.Values.Get<HelpDraft>(DraftKey)!;
        if (step.Result is string what)
        {
            var time = ChineseDateTime.Resolve(what, step.Turn.Now, step.Turn.TimeZone);
            draft = draft with
            {
                What = what.Trim(), When = draft.When ?? time?.Value, WhenText = draft.WhenText ?? (time is null ? null : Say(time)),
                Where = draft.Where ?? HelpPostWords.Place(what),
            };
            step.Values.Set(DraftKey, draft);
        }

        if (draft.Kind == HelpKind.Offer || draft.When is not null)
        {
            return await step.NextAsync().ConfigureAwait(false);
        }

        return await step.PromptAsync(WhenPrompt, new PromptOptions
        {
            Prompt = "什么时候需要帮忙？例如“明天下午3点”“周六上午”。",
        }).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> WhereAsync(WaterfallStepContext step)
    {
        var draft = step.Values.Get<HelpDraft>(DraftKey)!;
        if (step.Result is string when)
        {
            var time = ChineseDateTime.Resolve(when, step.Turn.Now, step.Turn.TimeZone);
            draft = draft with { When = time?.Value, WhenText = time is null ? when.Trim() : Say(time) };
            step.Values.Set(DraftKey, draft);
        }

        if (draft.Kind == HelpKind.Offer || draft.Where is not null)
        {
            return await step.NextAsync().ConfigureAwait(false);
        }

        return await step.PromptAsync(WherePrompt, new PromptOptions
        {
            Prompt = "在小区里的什么地方？例如“家里”“小区门口”“3幢楼下”（不用写门牌号）。",
        }).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> PostAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var draft = step.Values.Get<HelpDraft>(DraftKey)!;
        if (step.Result is string where)
        {
            draft = draft with { Where = where.Trim() };
        }

        var names = (await _redactor.In(turn).KnownNamesAsync([draft.What, draft.Where ?? string.Empty], turn.CancellationToken).ConfigureAwait(false))
            .Append(turn.Identity.DisplayName ?? string.Empty).Where(n => n.Length >= 2).ToHashSet(StringComparer.Ordinal);
        var (what, cutWhat) = HelpPostWords.Strip(draft.What, names);
        var (place, cutPlace) = draft.Where is null ? (null, false) : HelpPostWords.Strip(draft.Where, names);
        var (whenText, cutWhen) = draft.WhenText is null ? (null, false) : HelpPostWords.Strip(draft.WhenText, names);
        var compound = await _db.In(turn).Buildings.AsNoTracking().Where(b => b.Id == draft.BuildingId).Select(b => b.CompoundId)
            .FirstAsync(turn.CancellationToken).ConfigureAwait(false);
        var outcome = await _help.In(turn).PostAsync(compound, draft.Kind, turn.Identity.ResidentId!.Value, what,
            whenText is { Length: > 0 } ? Shorten(whenText) : null, draft.When, place is { Length: > 0 } ? place : null, turn.CancellationToken).ConfigureAwait(false);
        if (outcome.Post is not { } post)
        {
            turn.Send(HelpText.Refusal(outcome.Refusal!.Value, null));
            return await step.EndAsync().ConfigureAwait(false);
        }

        var privacy = cutWhat || cutPlace || cutWhen ? "为保护隐私，我去掉了您写的姓名、电话或门牌号；双方都同意后，我才会私下互相告知联系方式。" : string.Empty;
        turn.Send($"已发到小区的楼栋群：邻里互助 {post.Number}「{post.What}」。{privacy}有邻居回应时我会私信您。不需要了可以发“撤销 {post.Number}”。");
        return await step.EndAsync().ConfigureAwait(false);
    }

    private static string Shorten(string text) => text.Length > HelpPost.MaxWhereLength ? text[..HelpPost.MaxWhereLength] : text;

    /// <summary>12月2日 15:00 (or 12月2日 when no time was said): absolute, so the post still reads right tomorrow.</summary>
    private static string Say(DateTimeResolution when) => when.Time is { } time
        ? string.Create(CultureInfo.InvariantCulture, $"{when.Date:M月d日} {time:HH\\:mm}")
        : string.Create(CultureInfo.InvariantCulture, $"{when.Date:M月d日}");
}
