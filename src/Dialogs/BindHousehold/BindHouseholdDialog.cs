using BuildingBot.Community.Channels;
using BuildingBot.Community.Households;
using BuildingBot.Community.Places;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.BindHousehold;

/// <summary>
/// 绑定房号: asks for the building and room (or the 百姓码), confirms, and links the resident to the
/// household. Room numbers are personal: started in a group, it moves to the private chat.
/// </summary>
public sealed class BindHouseholdDialog : ComponentDialog
{
    public const string DialogId = "bindHousehold";
    public const string AskAddress = "请告诉我您家的楼栋和房号，例如“3幢2单元501”；也可以直接发百姓码。";
    private const string AddressPrompt = "bindHousehold.address";
    private const string ConfirmPrompt = "bindHousehold.confirm";
    private const string HouseholdKey = "household";

    // The building of the group where the resident asked, kept for the private chat: it tells compounds apart.
    private const string NearBuildingKey = "bindHousehold.nearBuilding";

    private readonly Recognizer _recognizer;
    private readonly TurnScoped<HouseholdBinding> _householdBinding;

    public BindHouseholdDialog(Recognizer recognizer, TurnScoped<HouseholdBinding> householdBinding)
        : base(DialogId)
    {
        _recognizer = recognizer;
        _householdBinding = householdBinding;
        AddDialog(new WaterfallDialog($"{DialogId}.steps",
        [
            new WaterfallStep("address", AskAddressAsync, "告诉我楼栋和房号即可，例如“3幢2单元501”或“5栋301”。也可以发物业给您的百姓码（10位字母数字）。"),
            new WaterfallStep("confirm", ConfirmAsync),
            new WaterfallStep("bind", BindAsync),
        ]));
        AddDialog(new TextPrompt(AddressPrompt, ValidateAddressAsync));
        AddDialog(new Prompts.ConfirmPrompt(ConfirmPrompt));
    }

    private async Task<DialogTurnResult> AskAddressAsync(WaterfallStepContext step)
    {
        if (step.Turn.Activity.IsGroup)
        {
            step.Turn.Send("房号属于个人信息，我私聊您完成绑定，请留意私聊消息。");
            step.Turn.BeginPrivateDialog(DialogId, new NearBuilding(step.Turn.Identity.GroupBuildingId));
            return await step.EndAsync().ConfigureAwait(false);
        }

        if (step.Options is NearBuilding { BuildingId: { } near })
        {
            step.Context.State.ConversationUser.Set(NearBuildingKey, near);
        }

        if (step.Options is RecognizerResult recognized
            && await FindAsync(step.Turn, step.Context.State, recognized).ConfigureAwait(false) is { Count: 1 } found)
        {
            step.Values.Set(HouseholdKey, found[0]);
            return await step.NextAsync().ConfigureAwait(false);
        }

        return await step.PromptAsync(AddressPrompt, new PromptOptions
        {
            Prompt = AskAddress,
            RetryPrompt = "没有找到这个房号，请核对楼栋、单元和房号，例如“3幢2单元501”。",
        }).ConfigureAwait(false);
    }

    private async Task<bool> ValidateAddressAsync(PromptValidatorContext<string> check)
    {
        var recognized = _recognizer.Recognize(check.Value);
        var found = await FindAsync(check.Turn, check.State, recognized).ConfigureAwait(false);
        if (found.Count == 1)
        {
            return true;
        }

        check.RefusalMessage = found.Count > 1
            ? "有几个小区都有这个房号，请加上小区名，例如“幸福家园3幢2单元501”。"
            : recognized.Address is { Room: null } ? "请把房号也告诉我，例如“3幢2单元501”。" : null;
        return false;
    }

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step)
    {
        var household = step.Values.Get<HouseholdMatch>(HouseholdKey);
        if (household is null && step.Result is string answer)
        {
            // The prompt's validator found exactly one household for this answer; look it up again.
            var recognized = _recognizer.Recognize(answer);
            household = (await FindAsync(step.Turn, step.Context.State, recognized).ConfigureAwait(false)).SingleOrDefault();
        }

        if (household is null)
        {
            throw new DialogStateException("bindHousehold reached confirm without a household");
        }

        step.Values.Set(HouseholdKey, household);
        return await step.PromptAsync(ConfirmPrompt, new PromptOptions
        {
            Prompt = $"确认把您绑定到 {household.Describe()} 吗？",
        }).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> BindAsync(WaterfallStepContext step)
    {
        if (step.Result is not true)
        {
            step.Turn.Send("好的，没有绑定。需要时再发“绑定房号”。");
            return await step.EndAsync().ConfigureAwait(false);
        }

        var household = step.Values.Get<HouseholdMatch>(HouseholdKey)!;
        var activity = step.Turn.Activity;
        var name = step.Turn.Identity.DisplayName is { Length: > 0 } known ? known : activity.From.Name;
        await _householdBinding.In(step.Turn)
            .BindAsync(new ChannelIdentity(activity.Channel, activity.From.Id), name, household.HouseholdId, step.Turn.CancellationToken)
            .ConfigureAwait(false);
        step.Context.State.ConversationUser.Remove(NearBuildingKey);
        step.Turn.Send($"绑定成功！您已绑定 {household.Describe()}。以后报事时我会自动带上您的住址。");
        return await step.EndAsync(household.HouseholdId).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<HouseholdMatch>> FindAsync(Turns.ITurnContext turn, State.TurnState state, RecognizerResult recognized)
    {
        var binding = _householdBinding.In(turn);
        if (recognized.HouseholdCode is { } text && HouseholdCode.TryParse(text, out var code)
            && await binding.FindByCodeAsync(code, turn.CancellationToken).ConfigureAwait(false) is { } byCode)
        {
            return [byCode];
        }

        if (recognized.Address is not { Building: { } building, Room: { } room } address)
        {
            return [];
        }

        var near = turn.Identity.GroupBuildingId ?? state.ConversationUser.Get<int?>(NearBuildingKey);
        return await binding.FindAsync(recognized.Text, building, address.Unit, room, near, turn.CancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Options of the private continuation: the building of the group the resident asked in.</summary>
    public sealed record NearBuilding(int? BuildingId);
}
