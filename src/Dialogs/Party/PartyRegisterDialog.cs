using BuildingBot.Community.Identity;
using BuildingBot.Community.Party;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Party;

/// <summary>
/// 党员报到: a resident who is a party member working elsewhere registers with their workplace's party organisation and
/// chooses a service post (楼栋长助理, 志愿岗, 邻里互助, 红色星期天); the bot asks only for what the message did not say.
/// Staff confirm in the console.
/// </summary>
public sealed class PartyRegisterDialog : ComponentDialog
{
    public const string DialogId = "partyRegister";
    private const string BranchKey = "branch";
    private const string PostKey = "post";
    private const string BranchPrompt = "partyRegister.branch";
    private const string PostPrompt = "partyRegister.post";

    private static readonly ServicePost[] Posts = Enum.GetValues<ServicePost>();

    private readonly TurnScoped<PartyRegistrations> _registrations;

    public PartyRegisterDialog(TurnScoped<PartyRegistrations> registrations)
        : base(DialogId)
    {
        _registrations = registrations;
        AddDialog(new WaterfallDialog($"{DialogId}.steps",
        [
            new WaterfallStep("branch", BranchAsync),
            new WaterfallStep("post", PostAsync),
            new WaterfallStep("save", SaveAsync),
        ]));
        AddDialog(new TextPrompt(BranchPrompt, check => Task.FromResult(PartyWords.Branch(check.Value) is not null || check.Value.Trim().Length is >= 2 and <= PartyMemberRegistration.BranchLength)));
        AddDialog(new ChoicePrompt(PostPrompt));
    }

    private async Task<DialogTurnResult> BranchAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        if (turn.Identity is not { Kind: SenderKind.Resident, ResidentId: { } residentId })
        {
            turn.Send("党员报到需要先绑定您家的房号：请发“绑定房号”，绑定后再发“党员报到”。");
            return await step.EndAsync().ConfigureAwait(false);
        }

        var text = (step.Options as RecognizerResult)?.Text ?? ChineseText.Normalize(turn.Activity.Text);
        if (await _registrations.In(turn).FindAsync(residentId, turn.CancellationToken).ConfigureAwait(false) is { } known && PartyWords.Branch(text) is null)
        {
            turn.Send($"您已经报到过了（{known.WorkplaceBranch}，{known.Post.ToChinese()}，{(known.IsConfirmed ? "社区已确认" : "等待社区确认")}）。要更换岗位或单位，请发“党员报到 单位党组织名称”。");
            return await step.EndAsync().ConfigureAwait(false);
        }

        if (PartyWords.Post(text) is { } post)
        {
            step.Values.Set(PostKey, post);
        }

        if (PartyWords.Branch(text) is { } branch)
        {
            step.Values.Set(BranchKey, branch);
            return await step.NextAsync().ConfigureAwait(false);
        }

        return await step.PromptAsync(BranchPrompt, new PromptOptions
        {
            Prompt = "欢迎在职党员到社区报到！请告诉我您工作单位的党组织名称，例如“市人民医院第二党支部”。",
            RetryPrompt = "请发党组织的全称，例如“区教育局机关党支部”。",
        }).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> PostAsync(WaterfallStepContext step)
    {
        if (step.Result is string answer)
        {
            step.Values.Set(BranchKey, PartyWords.Branch(answer) ?? answer.Trim());
        }

        if (step.Values.Get<ServicePost?>(PostKey) is not null)
        {
            return await step.NextAsync().ConfigureAwait(false);
        }

        return await step.PromptAsync(PostPrompt, new PromptOptions
        {
            Prompt = "您想在小区做哪方面的服务？",
            Choices = [.. Posts.Select(p => new Choice(p.ToChinese()))],
        }).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step)
    {
        var turn = step.Turn;
        var post = step.Result is FoundChoice choice ? Posts[choice.Index] : step.Values.Get<ServicePost?>(PostKey)!.Value;
        var branch = step.Values.Get<string>(BranchKey)!;
        var saved = await _registrations.In(turn).RegisterAsync(turn.Identity.ResidentId!.Value, branch, post, turn.CancellationToken).ConfigureAwait(false);
        turn.Send(saved.IsConfirmed
            ? $"已更新：服务岗位 {saved.Post.ToChinese()}（{saved.WorkplaceBranch}）。"
            : $"已收到您的在职党员报到：{saved.WorkplaceBranch}，服务岗位 {saved.Post.ToChinese()}。社区确认后，您参加志愿活动签到和邻里互助的服务时长会计入每月服务记录。");
        return await step.EndAsync().ConfigureAwait(false);
    }
}
