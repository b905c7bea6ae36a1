using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BuildingBot.Community.Privacy;

/// <summary>
/// The one place that makes a text fit for a group or the public: phones, landlines, ID numbers, other
/// long numbers and room numbers are replaced (the building stays), and the names of residents known to
/// the roster are cut to their surname. Numbers staff declared public (<see cref="PrivacyOptions.PublicNumbers"/>) stay.
/// </summary>
public sealed class Redactor(CommunityDbContext db, IOptions<PrivacyOptions> options)
{
    private const int NamesPerQuery = 500;

    private readonly HashSet<string> _publicNumbers = options.Value.PublicNumbers
        .Select(n => new string(PersonalDetailFinder.Shadow(n).Where(char.IsAsciiDigit).ToArray())).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when a text for <paramref name="audience"/> must pass the redactor.</summary>
    public static bool Applies(MessageAudience audience) => audience is MessageAudience.Group or MessageAudience.Public;

    public async Task<string> RedactAsync(string text, CancellationToken cancellationToken) =>
        (await RedactAsync([text], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>
    /// Redacts several texts with one look-up of the names they may contain, each distinct text once: a broadcast to
    /// 40,000 groups is one text.
    /// </summary>
    public async Task<IReadOnlyList<string>> RedactAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var distinct = texts.Distinct(StringComparer.Ordinal).ToList();
        var names = await KnownNamesAsync(distinct, cancellationToken).ConfigureAwait(false);
        var redacted = distinct.ToDictionary(t => t, t => Redact(t, names, _publicNumbers), StringComparer.Ordinal);
        return texts.Select(t => redacted[t]).ToList();
    }

    /// <summary>The texts' candidate names that belong to residents on the roster.</summary>
    public async Task<IReadOnlySet<string>> KnownNamesAsync(IEnumerable<string> texts, CancellationToken cancellationToken)
    {
        var candidates = texts.SelectMany(PersonalDetailFinder.NameCandidates).Distinct(StringComparer.Ordinal).ToList();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in candidates.Chunk(NamesPerQuery))
        {
            known.UnionWith(await db.Residents.AsNoTracking().Where(r => chunk.Contains(r.DisplayName))
                .Select(r => r.DisplayName).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        return known;
    }

    /// <summary>The text with every personal detail replaced.</summary>
    public static string Redact(string text, IReadOnlySet<string> names, IReadOnlySet<string>? publicNumbers = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var details = PersonalDetailFinder.Find(text, names)
            .Where(d => publicNumbers is null || d.Digits.Length == 0 || !publicNumbers.Contains(d.Digits))
            .ToList();
        if (details.Count == 0)
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var detail in details)
        {
            result.Append(text, at, detail.Start - at).Append(Replacement(text, detail));
            at = detail.End;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    private static string Replacement(string text, PersonalDetail detail) => detail.Kind switch
    {
        DetailKind.Phone => "[电话]",
        DetailKind.IdNumber => "[证件号]",
        DetailKind.OtherNumber => "[号码]",
        DetailKind.Room => "[房号]",
        _ => string.Concat(text.AsSpan(detail.Start, 1), new string('*', detail.Length - 1)),
    };
}
