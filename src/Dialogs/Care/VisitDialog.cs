using BuildingBot.Community.Care;
using BuildingBot.Community.Categories;
using BuildingBot.Community.Identity;
using BuildingBot.Community.WorkOrders;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Understanding;

namespace BuildingBot.Dialogs.Care;

/// <summary>
/// 大脚板走访 in the grid member's private chat: 走访 3-2-501 老人身体还好，需要送餐 records the visit (the household's
/// interval starts again) and says when it is due next; 转工单 right after turns that note into a work order, its
/// category and urgency read from the note as from a resident's report.
/// </summary>
public sealed class VisitDialog(TurnScoped<CareVisits> visits, Recognizer recognizer) : Dialog(DialogId)
{
    public const string DialogId = "careVisit";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options = null)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var turn = dc.Turn;
        var result = options as RecognizerResult;
        var text = result?.Text ?? ChineseText.Normalize(turn.Activity.Text);
        if (turn.Identity.Kind != SenderKind.GridMember || turn.Activity.IsGroup)
        {
            turn.Send("走访记录只给网格员在私聊里使用。");
            return await dc.EndDialogAsync().ConfigureAwait(false);
        }

        var memberId = turn.Identity.GridMemberId!.Value;
        var service = visits.In(turn);
        if (VisitText.AsksForOrder(text))
        {
            var last = await service.ToWorkOrderAsync(memberId, turn.Identity.DisplayName, Classify, turn.CancellationToken).ConfigureAwait(false);
            turn.Send(VisitText.Converted(last));
            return await dc.EndDialogAsync(last.Order?.Order?.Number).ConfigureAwait(false);
        }

        var address = result?.Address ?? RoomAddressParser.Find(text);
        if (address is not { Building: { } building, Room: { } room })
        {
            turn.Send("请带上房号，例如“走访 3-2-501 老人身体还好，需要送餐”。");
            return await dc.EndDialogAsync().ConfigureAwait(false);
        }

        var outcome = await service.RecordAsync(memberId, building, address.Unit, room, VisitText.Note(text), $"visit:{turn.Activity.DeduplicationKey}",
            turn.CancellationToken).ConfigureAwait(false);
        turn.Send(VisitText.Recorded(outcome, address.ToString()));
        return await dc.EndDialogAsync().ConfigureAwait(false);
    }

    // The note read as a resident's report would be: 需要送餐 → 养老, 水管漏了 → 物业维修; urgent words make it urgent.
    private (ProblemCategory Category, Urgency Urgency) Classify(string note)
    {
        var read = recognizer.Recognize(note);
        return (read.Category, read.Urgency);
    }
}
