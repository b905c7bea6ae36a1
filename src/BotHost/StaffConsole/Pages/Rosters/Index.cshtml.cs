using BuildingBot.BotHost.Admin;
using BuildingBot.BotHost.StaffConsole.Audit;
using BuildingBot.BotHost.StaffConsole.Rosters;
using BuildingBot.BotHost.WeCom;
using BuildingBot.Community.Import;
using BuildingBot.WeCom.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BuildingBot.BotHost.StaffConsole.Pages.Rosters;

/// <summary>
/// 花名册 (社区管理员): upload one of the five roster files as CSV or .xlsx; 检查 runs the importer without writing and lists
/// every problem by row and column in Chinese; 导入 then imports the checked file through the same <see cref="RosterImporter"/>
/// as POST /admin/import/{kind}, all rows or none. Sample files to download, and the buildings with and without a bound group.
/// </summary>
[RequestSizeLimit(2 * ImportEndpoints.MaxFileBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * ImportEndpoints.MaxFileBytes, ValueLengthLimit = (int)(2 * ImportEndpoints.MaxFileBytes))]
public sealed class IndexModel(RosterImporter importer, GroupBindingQuery bindings, AuditTrail audit) : PageModel
{
    [BindProperty] public string? Kind { get; set; }

    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>The checked file as CSV (base64), carried from 检查 to 导入 so the file is not uploaded twice.</summary>
    [BindProperty] public string? Checked { get; set; }

    [BindProperty] public string? FileName { get; set; }

    [BindProperty(SupportsGet = true)] public bool WeCom { get; set; }

    internal RosterKind? Chosen { get; private set; }

    public ImportResult? Result { get; private set; }

    public bool Imported { get; private set; }

    /// <summary>Why the file could not be read at all, in Chinese.</summary>
    public string? FileProblem { get; private set; }

    public GroupBindings Bindings { get; private set; } = null!;

    public IReadOnlyList<(string ChatId, string Name, string Owner)> WeComGroups { get; private set; } = [];

    public string? WeComProblem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (WeCom)
        {
            var services = HttpContext.RequestServices;
            var client = services.GetRequiredService<WeComSettings>().App is null ? null : services.GetRequiredService<WeComApiClient>();
            (WeComGroups, WeComProblem) = await bindings.UnboundWeComGroupsAsync(client, cancellationToken);
        }

        Bindings = await bindings.OverviewAsync(cancellationToken);
    }

    /// <summary>GET ?handler=Sample&amp;kind=buildings&amp;format=xlsx: a sample file with the kind's header and a few rows.</summary>
    public async Task<IActionResult> OnGetSampleAsync(string? kind, string? format, CancellationToken cancellationToken)
    {
        if (!RosterKindNames.TryParse(kind, out var rosterKind))
        {
            return NotFound("没有这种花名册。");
        }

        var name = RosterKindWords.FileName(rosterKind);
        return format == "xlsx"
            ? File(await RosterSamples.XlsxAsync(rosterKind, cancellationToken), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx")
            : File(RosterSamples.Csv(rosterKind), "text/csv; charset=utf-8", $"{name}.csv");
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        if (!RosterKindNames.TryParse(Kind, out var kind) || Upload is null || Upload.Length == 0)
        {
            FileProblem = "请选择花名册种类和要上传的文件（CSV 或 Excel .xlsx）。";
            return await PageAsync(cancellationToken);
        }

        Chosen = kind;
        FileName = Path.GetFileName(Upload.FileName);
        await using var upload = Upload.OpenReadStream();
        var (csv, problem) = await SpreadsheetCsv.ReadAsync(upload, cancellationToken);
        if (csv is null)
        {
            FileProblem = problem;
            audit.Describe("检查花名册", $"{RosterKindWords.Chinese(kind)} {FileName}", after: problem);
            return await PageAsync(cancellationToken);
        }

        using var stream = new MemoryStream(csv);
        Result = await importer.CheckAsync(kind, stream, cancellationToken);
        Checked = Result.Succeeded ? Convert.ToBase64String(csv) : null;
        audit.Describe("检查花名册", $"{RosterKindWords.Chinese(kind)} {FileName}", after: Outcome(Result, written: false));
        return await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        byte[]? csv = null;
        if (!RosterKindNames.TryParse(Kind, out var kind) || Checked is null || !TryBase64(Checked, out csv))
        {
            FileProblem = "请先上传文件并检查，再导入。";
            return await PageAsync(cancellationToken);
        }

        Chosen = kind;
        using var stream = new MemoryStream(csv!);
        Result = await importer.ImportAsync(kind, stream, cancellationToken);
        Imported = Result.Succeeded;
        Checked = null;
        audit.Describe(Imported ? "导入花名册" : "导入花名册（未成功）", $"{RosterKindWords.Chinese(kind)} {FileName}", after: Outcome(Result, Imported));
        return await PageAsync(cancellationToken);
    }

    private static string Outcome(ImportResult result, bool written) => result.Succeeded
        ? $"{result.Rows} 行，{(written ? "新增" : "将新增")} {result.Created} 条，{(written ? "更新" : "将更新")} {result.Updated} 条"
        : $"{result.ProblemCount} 个问题，未写入";

    private static bool TryBase64(string text, out byte[]? bytes)
    {
        bytes = new byte[text.Length];
        var ok = Convert.TryFromBase64String(text, bytes, out var length);
        bytes = ok ? bytes[..length] : null;
        return ok;
    }

    private async Task<PageResult> PageAsync(CancellationToken cancellationToken)
    {
        Bindings = await bindings.OverviewAsync(cancellationToken);
        return Page();
    }
}
