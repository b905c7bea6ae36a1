using System.Globalization;
using BuildingBot.Dialogs.Core;
using BuildingBot.Dialogs.Prompts;
using BuildingBot.Dialogs.Turns;
using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Dialogs.Tests.Testing;

/// <summary>Small dialogs that exercise the engine: every prompt type, skip-ahead and nesting.</summary>
public static class TestDialogs
{
    public const string Survey = "test.survey";
    public const string SkipAhead = "test.skip";
    public const string Outer = "test.outer";
    public const string Counter = "test.counter";
    public const string Boom = "test.boom";

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<Dialog>(new TextPrompt("test.text"));
        services.AddSingleton<Dialog>(new ChoicePrompt("test.choice"));
        services.AddSingleton<Dialog>(new ConfirmPrompt("test.confirm"));
        services.AddSingleton<Dialog>(new NumberPrompt("test.number", check =>
        {
            check.RefusalMessage = check.Value is < 1 or > 10 ? "人数要在1到10之间。" : null;
            return Task.FromResult(check.Value is >= 1 and <= 10);
        }));
        services.AddSingleton<Dialog>(new DateTimePrompt("test.when"));
        services.AddSingleton<Dialog>(new AttachmentPrompt("test.photo"));
        services.AddSingleton<Dialog>(SurveyDialog());
        services.AddSingleton<Dialog>(SkipDialog());
        services.AddSingleton<Dialog>(new OuterDialog());
        services.AddSingleton<Dialog>(CounterDialog());
        services.AddSingleton<Dialog>(new WaterfallDialog(Boom,
        [
            new WaterfallStep("ask", s => s.PromptAsync("test.text", new PromptOptions { Prompt = "说点什么" })),
            new WaterfallStep("fail", _ => throw new InvalidOperationException("test failure")),
        ]));
    }

    private static WaterfallDialog SurveyDialog() => new(Survey,
    [
        new WaterfallStep("name", s => s.PromptAsync("test.text", new PromptOptions { Prompt = "您怎么称呼？" }), "说一下您的称呼就行"),
        new WaterfallStep("kind", s =>
        {
            s.Values.Set("name", (string)s.Result!);
            return s.PromptAsync("test.choice", new PromptOptions
            {
                Prompt = "哪类问题？",
                Choices = [new Choice("物业维修", ["报修", "维修"]), new Choice("环境卫生", ["卫生"]), new Choice("其他")],
            });
        }),
        new WaterfallStep("count", s =>
        {
            s.Values.Set("kind", ((FoundChoice)s.Result!).Value);
            return s.PromptAsync("test.number", new PromptOptions { Prompt = "几个人？" });
        }),
        new WaterfallStep("when", s =>
        {
            s.Values.Set("count", (int)s.Result!);
            return s.PromptAsync("test.when", new PromptOptions { Prompt = "什么时候？" });
        }),
        new WaterfallStep("photo", s =>
        {
            s.Values.Set("when", ((DateTimeResolution)s.Result!).Value);
            return s.PromptAsync("test.photo", new PromptOptions { Prompt = "有照片吗？", AllowSkip = true });
        }),
        new WaterfallStep("confirm", s =>
        {
            s.Values.Set("photos", ((IReadOnlyList<Attachment>)s.Result!).Count);
            return s.PromptAsync("test.confirm", new PromptOptions { Prompt = "提交吗？" });
        }),
        new WaterfallStep("done", async s =>
        {
            var when = s.Values.Get<DateTimeOffset>("when").ToOffset(TimeSpan.FromHours(8));
            s.Turn.Send(string.Create(CultureInfo.InvariantCulture,
                $"{s.Values.Get<string>("name")}|{s.Values.Get<string>("kind")}|{s.Values.Get<int>("count")}|{when:yyyy-MM-dd HH:mm}|{s.Values.Get<int>("photos")}|{s.Result}"));
            return await s.EndAsync();
        }),
    ]);

    private static WaterfallDialog SkipDialog() => new(SkipAhead,
    [
        new WaterfallStep("name", s => s.Options is string known ? s.NextAsync(known) : s.PromptAsync("test.text", new PromptOptions { Prompt = "您怎么称呼？" })),
        new WaterfallStep("greet", async s =>
        {
            s.Turn.Send($"你好，{s.Result}");
            return await s.EndAsync();
        }),
    ]);

    private static WaterfallDialog CounterDialog() => new(Counter,
    [
        new WaterfallStep("count", async s =>
        {
            var count = s.Context.State.User.Get<int>("count") + 1;
            s.Context.State.User.Set("count", count);
            s.Turn.Send($"第{count}次");
            return await s.EndAsync();
        }),
    ]);

    /// <summary>A component whose inner waterfall asks a question, wrapped by an outer waterfall that reports the result.</summary>
    private sealed class OuterDialog : ComponentDialog
    {
        public OuterDialog()
            : base(Outer)
        {
            AddDialog(new WaterfallDialog("outer.steps",
            [
                new WaterfallStep("start", s => s.Context.BeginDialogAsync("outer.inner")),
                new WaterfallStep("report", async s =>
                {
                    s.Turn.Send($"内层结果：{s.Result}");
                    return await s.EndAsync(s.Result);
                }),
            ]));
            AddDialog(new InnerDialog());
        }
    }

    private sealed class InnerDialog : ComponentDialog
    {
        public InnerDialog()
            : base("outer.inner")
        {
            AddDialog(new WaterfallDialog("inner.steps",
            [
                new WaterfallStep("ask", s => s.PromptAsync("inner.text", new PromptOptions { Prompt = "内层问题？", Help = "内层帮助" })),
                new WaterfallStep("end", s => s.EndAsync($"[{s.Result}]")),
            ]));
            AddDialog(new TextPrompt("inner.text"));
        }
    }
}
