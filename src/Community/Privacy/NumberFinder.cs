using System.Text.RegularExpressions;

namespace BuildingBot.Community.Privacy;

/// <summary>
/// The numbers half of <see cref="PersonalDetailFinder"/>: mobiles, landlines, ID numbers, card numbers and
/// local numbers said to be phones, in a text already read as ASCII (<see cref="PersonalDetailFinder.Shadow"/>).
/// Order numbers (WO-20261127-0001) and dates are not personal.
/// </summary>
internal static partial class NumberFinder
{
    // Groups of digits that touch through one or two separators form a run (138 1234 5678, (0571)8888-6666);
    // within a run the longest stretches that are a phone or an ID number are taken first, and what is left
    // of the run counts as another number when it is long (a bank card) or is said to be a number to call.
    public static IEnumerable<PersonalDetail> Find(string shadow)
    {
        var groups = DigitGroup().Matches(shadow).Where(g => !IsOrderNumber(shadow, g.Index)).ToList();
        var run = new List<Match>();
        foreach (var group in groups)
        {
            if (run.Count > 0 && !Touches(shadow, run[^1], group))
            {
                foreach (var detail in InRun(shadow, run))
                {
                    yield return detail;
                }

                run.Clear();
            }

            run.Add(group);
        }

        foreach (var detail in InRun(shadow, run))
        {
            yield return detail;
        }
    }

    private static bool Touches(string shadow, Match left, Match right)
    {
        var gap = right.Index - (left.Index + left.Length);
        return gap is >= 1 and <= 2 && shadow.AsSpan(left.Index + left.Length, gap).IndexOfAnyExcept(" -()") < 0
            && char.IsAsciiDigit(left.Value[^1]);
    }

    private static List<PersonalDetail> InRun(string shadow, List<Match> run)
    {
        var found = new List<PersonalDetail>();
        if (run.Count == 0 || IsDate(shadow[run[0].Index..(run[^1].Index + run[^1].Length)]))
        {
            return found;
        }

        if (IsCardNumber(run))
        {
            found.Add(new PersonalDetail(run[0].Index, run[^1].Index + run[^1].Length - run[0].Index, DetailKind.OtherNumber));
            return found;
        }

        // The phones and IDs that cover the most digits of the run (a room written 16-2-603 right before
        // 86170 9583 5614 must not lend its digits to a phone); what they leave is looked at as a whole.
        var plan = Cover(shadow, run);
        var rest = new List<Match>();
        for (var s = 0; s < run.Count;)
        {
            if (plan[s] is not { } segment)
            {
                rest.Add(run[s++]);
                continue;
            }

            found.AddRange(Leftover(shadow, rest));
            rest.Clear();
            var from = run[s].Index;
            while (from > 0 && shadow[from - 1] is '(' or '+' || from > 1 && shadow[from - 1] == ' ' && shadow[from - 2] == '+')
            {
                from--;
            }

            found.Add(new PersonalDetail(from, run[segment.End].Index + run[segment.End].Length - from, segment.Kind, segment.Digits));
            s = segment.End + 1;
        }

        found.AddRange(Leftover(shadow, rest));
        return found;
    }

    /// <summary>For each group of the run, the phone or ID segment that starts there in the best cover, if any.</summary>
    private static (int End, DetailKind Kind, string Digits)?[] Cover(string shadow, List<Match> run)
    {
        var covered = new int[run.Count + 1];
        var choice = new (int End, DetailKind Kind, string Digits)?[run.Count];
        for (var s = run.Count - 1; s >= 0; s--)
        {
            covered[s] = covered[s + 1];
            var joined = string.Empty;
            for (var e = s; e < run.Count && joined.Length <= 20; e++)
            {
                joined += run[e].Value.ToUpperInvariant();
                var national = National(shadow, run[s].Index, joined);
                DetailKind? kind = Mobile().IsMatch(national) || Landline().IsMatch(national) ? DetailKind.Phone
                    : IdNumber().IsMatch(national) ? DetailKind.IdNumber : null;
                if (kind is { } k && joined.Length + covered[e + 1] > covered[s])
                {
                    covered[s] = joined.Length + covered[e + 1];
                    choice[s] = (e, k, national);
                }
            }
        }

        var plan = new (int End, DetailKind Kind, string Digits)?[run.Count];
        for (var s = 0; s < run.Count;)
        {
            if (choice[s] is { } segment && covered[s] != covered[s + 1])
            {
                plan[s] = segment;
                s = segment.End + 1;
            }
            else
            {
                s++;
            }
        }

        return plan;
    }

    // 6222 0212 3456 7890 123: written in fours, 15 to 19 digits.
    private static bool IsCardNumber(List<Match> run) =>
        run.Count >= 4 && run.Take(run.Count - 1).All(m => m.Length == 4) && run.Sum(m => m.Length) is >= 15 and <= 19
        && !IdNumber().IsMatch(string.Concat(run.Select(m => m.Value)));

    private static string National(string shadow, int start, string digits) =>
        (shadow.AsSpan(0, start).TrimEnd(" (").EndsWith('+') || digits.Length == 13) && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..] : digits;

    private static IEnumerable<PersonalDetail> Leftover(string shadow, List<Match> rest)
    {
        if (rest.Count == 0)
        {
            yield break;
        }

        var digits = string.Concat(rest.Select(m => m.Value)).ToUpperInvariant();
        var start = rest[0].Index;
        var length = rest[^1].Index + rest[^1].Length - start;
        if (digits.Length >= 9)
        {
            yield return new PersonalDetail(start, length, DetailKind.OtherNumber, digits);
        }
        else if (digits.Length >= 7 && rest.Count <= 2 && PhoneWord().IsMatch(shadow[Math.Max(0, start - 8)..start]))
        {
            // A local number without its area code (8888 6666) only when the text says it is a number to call.
            yield return new PersonalDetail(start, length, DetailKind.Phone, digits);
        }
    }

    // WO-20261127-0001: both groups of an order number.
    private static bool IsOrderNumber(string shadow, int start) => OrderNumberAt().IsMatch(shadow[Math.Max(0, start - 12)..start]);

    private static bool IsDate(string run) => DateLike().IsMatch(run.Trim());

    [GeneratedRegex(@"(?<![0-9])[0-9]+(?:[Xx](?![A-Za-z0-9]))?(?![0-9])")]
    private static partial Regex DigitGroup();

    [GeneratedRegex(@"WO-(?:[0-9]{8}-)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OrderNumberAt();

    [GeneratedRegex(@"^1[3-9][0-9]{9}$")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^0[1-9][0-9]{8,10}$")]
    private static partial Regex Landline();

    // 18 digits (or 17 and X) with a birth date in 1800–2099, or the old 15-digit form.
    [GeneratedRegex(@"^[1-9][0-9]{5}(?:(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9X]|[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3})$")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"^(?:19|20)[0-9]{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12][0-9]|3[01])$")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"电话|手机|座机|联系|号码|致电|拨打|打|tel|call|phone", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneWord();
}
