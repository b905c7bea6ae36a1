namespace BuildingBot.BotHost.Admin;

/// <summary>
/// The admin API's paging, as /admin/understanding/unresolved reads it: <c>page</c> from 1, <c>pageSize</c> 1 to
/// <see cref="MaxPageSize"/> (default <see cref="DefaultPageSize"/>); a list answers with its total.
/// </summary>
internal readonly record struct AdminPaging(int Page, int PageSize)
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;

    /// <summary>Rows before this page; a page far past the end skips everything.</summary>
    public int Skip => (int)Math.Min(int.MaxValue, ((long)Page - 1) * PageSize);

    /// <summary>The paging asked for, or the default; a value out of range adds a problem (in English) and gives the default.</summary>
    public static AdminPaging Read(int? page, int? pageSize, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (page is < 1 || pageSize is < 1 or > MaxPageSize)
        {
            problems.Add($"page must be 1 or more, pageSize 1 to {MaxPageSize}.");
            return new AdminPaging(1, DefaultPageSize);
        }

        return new AdminPaging(page ?? 1, pageSize ?? DefaultPageSize);
    }

    public AdminPage<T> Of<T>(int total, IReadOnlyList<T> items) => new(total, Page, PageSize, items);
}
