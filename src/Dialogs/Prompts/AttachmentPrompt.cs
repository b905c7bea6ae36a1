using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Prompts;

/// <summary>One or more images; with <see cref="PromptOptions.AllowSkip"/>, 跳过 / 没有 gives an empty list.</summary>
public sealed class AttachmentPrompt(string id, Func<PromptValidatorContext<IReadOnlyList<Attachment>>, Task<bool>>? validator = null)
    : Prompt<IReadOnlyList<Attachment>>(id, validator)
{
    protected override (bool Succeeded, IReadOnlyList<Attachment> Value) Recognize(ITurnContext turn, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var images = turn.Activity.Attachments.Where(a => a.IsImage).ToList();
        if (images.Count > 0)
        {
            return (true, images);
        }

        return IsSkip(ChineseText.Normalize(turn.Activity.Text), options) ? (true, []) : (false, []);
    }

    protected override string DefaultHint(PromptOptions options) =>
        options?.AllowSkip == true ? "请发一张照片；没有照片请回复“跳过”。" : "请发一张照片。";
}
