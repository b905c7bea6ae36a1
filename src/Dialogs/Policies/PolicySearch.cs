using System.Text.RegularExpressions;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Policies;
using BuildingBot.Community.Regions;
using BuildingBot.Dialogs.Understanding;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Dialogs.Policies;

/// <summary>
/// Answers free-text questions from the policy base: the versions in force on the date are scored with
/// BM25 over jieba-segmented titles (counted twice) and bodies; policies for the place the question names,
/// or else the resident's own region (and the levels above it), get a boost; hits rank by that score weighted by
/// the share of what is particular to the question they hold (<see cref="PolicyHit.Rank"/>). The best sentence
/// of a hit is the passage to quote.
/// </summary>
public sealed partial class PolicySearch(CommunityDbContext db, Segmenter segmenter, RegionDirectory regions, PolicyVocabulary vocabulary)
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double RegionBoost = 0.35;
    private const double RegionPenalty = 0.5;

    private static readonly HashSet<char> Adverbs = [.. "还也都就才再又不没最很更太先另已"];

    private static readonly HashSet<char> Particles = [.. "了吗呢吧啊的嘛呀哦么"];

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "的", "了", "吗", "呢", "啊", "吧", "是", "在", "我", "你", "他", "她", "我们", "要", "有", "和", "与", "或", "什么", "怎么", "怎么办",
        "如何", "哪些", "哪里", "需要", "可以", "能", "能不能", "请问", "一下", "这个", "那个", "就", "都", "也", "还", "会", "去", "到", "对",
        "吗？", "多少", "想", "问", "问问", "咨询", "政策", "规定", "个", "给", "让", "被", "把", "从", "按", "等", "及", "其", "为", "以",
        "办理", "申请", "小区", "附近", "哪家", "好", "办", "现在", "今天", "最近", "最", "很", "更", "太", "再", "又", "才",
    };

    public async Task<IReadOnlyList<PolicyHit>> SearchAsync(
        string question, DateOnly date, Region? home, CancellationToken cancellationToken, int take = 3)
    {
        ArgumentNullException.ThrowIfNull(question);
        var documents = await InForceAsync(date, cancellationToken).ConfigureAwait(false);
        if (documents.Count == 0)
        {
            return [];
        }

        // Each text normalised and cut once per search: the title (counted twice) and body as indexed, and the whole text
        // for the checks that read it (conflicting concepts, asked figures).
        var normalizedTitles = documents.Select(d => ChineseText.Normalize(d.Version.Title)).ToList();
        var bodies = documents.Select(d => ChineseText.Normalize(d.Version.Body)).ToList();
        var texts = bodies.Select((body, i) => $"{normalizedTitles[i]} {body}").ToList();
        var titles = normalizedTitles.Select(Tokens).ToList();
        var tokenized = bodies.Select((body, i) => titles[i].Concat(titles[i]).Concat(Tokens(body)).ToList()).ToList();
        var indexed = tokenized.SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
        var asked = ChineseText.Normalize(question);
        var units = Units(asked, indexed);
        var query = units.SelectMany(u => u).Distinct(StringComparer.Ordinal).ToList();
        if (query.Count == 0)
        {
            return [];
        }

        var askedWords = $"{asked} {string.Join(' ', query)}";

        var averageLength = tokenized.Average(t => t.Count);
        var documentFrequency = query.ToDictionary(q => q, q => tokenized.Count(t => t.Contains(q, StringComparer.Ordinal)), StringComparer.Ordinal);
        var places = regions.FindInText(question);
        var named = places.SelectMany(p => p.Regions).ToList();
        var compares = Comparison().IsMatch(asked);
        var elsewhere = Elsewhere().IsMatch(asked);
        string[] implied = AcrossProvinces(places, home) ? [ConflictingConcepts.AcrossProvinces] : [];
        var preferred = (named.Count > 0 ? named : home is null ? [] : [home])
            .SelectMany(regions.WithAncestors).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);

        // A word no policy has weighs in the question's distinctive weight as much as a word only one policy has: the key
        // object of a question the base cannot answer (电动车, 护照) counts against every policy. An everyday expression
        // weighs as its rarest policy word and is held when the policy has any of them.
        var idf = documentFrequency.ToDictionary(
            f => f.Key, f => Math.Log(1 + ((documents.Count - Math.Max(f.Value, 1) + 0.5) / (Math.Max(f.Value, 1) + 0.5))), StringComparer.Ordinal);
        var unitWeights = units.Select(u => u.Max(t => idf[t])).ToList();
        var placeUnits = units.Select(u => u.Length == 1 && regions.FindInText(u[0]).Any()).ToList();
        var totalWeight = unitWeights.Sum();
        var hits = new List<PolicyHit>();
        for (var i = 0; i < documents.Count; i++)
        {
            var terms = tokenized[i];
            double score = 0;
            foreach (var term in query)
            {
                var frequency = terms.Count(t => t == term);
                if (frequency == 0)
                {
                    continue;
                }

                score += idf[term] * frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * terms.Count / averageLength))));
            }

            if (score <= 0)
            {
                continue;
            }

            if (preferred.Contains(documents[i].Policy.RegionCode) && documents[i].Policy.RegionCode != Region.National.Code)
            {
                score *= 1 + RegionBoost;
            }

            var otherRegion = named.Count > 0 && !named.Any(n => Related(n, documents[i].Region));
            var regional = documents[i].Region.Code != Region.National.Code;
            var anotherRegionNamed = regional && !otherRegion
                && ((compares && places.Any(p => !p.Regions.Any(r => Related(r, documents[i].Region))))
                    || (elsewhere && !SpeaksOfElsewhere().IsMatch(texts[i])));
            if (otherRegion)
            {
                score *= 1 - RegionPenalty;
            }

            // A policy about another member of the question's group (省内 for 跨省) ranks below one about the question's own.
            var conflicting = ConflictingConcepts.Conflict(asked, texts[i], implied);
            if (conflicting)
            {
                score *= 1 - RegionPenalty;
            }

            var held = units.Select(u => u.Any(t => Covers(terms, t))).ToList();
            hits.Add(new PolicyHit(documents[i], score, (double)held.Count(h => h) / units.Count, Passage(documents[i].Version.Told, query))
            {
                Distinctive = held.Select((h, u) => h ? unitWeights[u] : 0).Sum() / totalWeight,
                Subject = units.Select((u, k) => !placeUnits[k] && u.Any(t => Covers(titles[i], t)) ? unitWeights[k] : 0).Sum() / totalWeight,
                OtherRegion = otherRegion,
                AnotherRegionNamed = anotherRegionNamed,
                Conflicting = conflicting,
                StatesAskedFigure = AskedQuantity.IsStatedIn(asked, texts[i]),
                Presumed = ConflictingConcepts.Presumes(askedWords, normalizedTitles[i]),
                LeavesOutAskedCase = ConflictingConcepts.LeavesOutAskedCase(asked, texts[i]),
            });
        }

        return hits.OrderByDescending(h => h.Rank).Take(take).ToList();
    }

    /// <summary>
    /// What a question asks about, each a set of words of which a policy must hold one: its words (but the ones that only
    /// set the scene: 老伴, 下个月), and each everyday expression as the policy words it stands for (暂住证: 居住证), in
    /// place of the words it is made of.
    /// </summary>
    private List<string[]> Units(string asked, HashSet<string> indexed)
    {
        var phrases = vocabulary.Phrases(asked);
        var units = new List<string[]>();
        var cursor = 0;
        foreach (var word in segmenter.Cut(asked))
        {
            var start = asked.IndexOf(word, cursor, StringComparison.Ordinal);
            cursor = start < 0 ? cursor : start + word.Length;
            if (word.Any(char.IsLetterOrDigit) && !StopWords.Contains(word) && !vocabulary.IsCircumstance(word)
                && !phrases.Any(p => p.Covers(start, word.Length)))
            {
                units.Add([WithoutParticles(word, indexed)]);
            }
        }

        units.AddRange(phrases.Select(p => p.Words.ToArray()));
        return units.DistinctBy(u => string.Join(' ', u), StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A word the segmenter joined to an adverb or a particle (还限行, 换了) and no policy has, read as the word the policies
    /// have (限行, 换); any other word as it is.
    /// </summary>
    private static string WithoutParticles(string word, HashSet<string> indexed)
    {
        if (indexed.Contains(word))
        {
            return word;
        }

        var start = 0;
        var end = word.Length;
        while (end - start > 1 && Particles.Contains(word[end - 1]))
        {
            end--;
        }

        while (end - start > 1 && Adverbs.Contains(word[start]) && !indexed.Contains(word[start..end]))
        {
            start++;
        }

        return indexed.Contains(word[start..end]) ? word[start..end] : word;
    }

    /// <summary>The policy has the word, or a word holding every character of it (失业金 in 失业保险金): a paraphrase, not another subject.</summary>
    private static bool Covers(List<string> terms, string word) =>
        terms.Any(t => t.Length >= word.Length && word.All(c => t.Contains(c, StringComparison.Ordinal)));

    /// <summary>
    /// The question names a place that lies in no province of the resident's own (医保是四川的，在杭州住院 asked in 西湖区): it is
    /// about crossing a provincial border, so a policy for within the province is about something else.
    /// </summary>
    private static bool AcrossProvinces(IEnumerable<(string Text, IReadOnlyList<Region> Regions)> places, Region? home) =>
        home is not null && home.Code != Region.National.Code
        && places.Any(p => p.Regions.All(r => r.Code != Region.National.Code && !r.Code.StartsWith(home.Code[..2], StringComparison.Ordinal)));

    /// <summary>One region lies within the other (or is the whole country): a question about 浙江 fits a policy of 杭州.</summary>
    private bool Related(Region named, Region policy) =>
        policy.Code == Region.National.Code || regions.WithAncestors(named).Any(r => r.Code == policy.Code)
        || regions.WithAncestors(policy).Any(r => r.Code == named.Code);

    private async Task<List<PolicyInForce>> InForceAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var policies = await db.Policies.AsNoTracking().Include(p => p.Versions).Where(p => !p.Retired)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return policies
            .Select(p => (Policy: p, Version: PolicyBook.VersionOn(p, date), Region: regions.Find(p.RegionCode)))
            .Where(x => x.Version is not null && x.Region is not null)
            .Select(x => new PolicyInForce(x.Policy, x.Version!, x.Region!))
            .ToList();
    }

    /// <summary>The sentence of the body that shares the most words with the question, with the sentence before it for context.</summary>
    private string Passage(string body, IReadOnlyCollection<string> query)
    {
        var sentences = body.Split(['。', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (sentences.Length == 0)
        {
            return body;
        }

        var best = Enumerable.Range(0, sentences.Length).MaxBy(i => Tokens(ChineseText.Normalize(sentences[i])).Distinct(StringComparer.Ordinal).Count(query.Contains));
        return string.Concat(sentences.Skip(Math.Max(0, best - 1)).Take(best == 0 ? 1 : 2).Select(s => s + "。"));
    }

    /// <summary>
    /// The words of a normalised policy text as indexed: jieba's words and the shorter words within them, and each policy word of the
    /// everyday vocabulary that jieba cuts apart (大件垃圾: 大件, 垃圾) whole, as often as the text holds it, so that an
    /// everyday expression standing for it (旧沙发) finds it.
    /// </summary>
    private List<string> Tokens(string normalized)
    {
        var tokens = segmenter.CutForSearch(normalized).Where(t => t.Any(char.IsLetterOrDigit) && !StopWords.Contains(t)).ToList();
        foreach (var word in vocabulary.PolicyWords.Where(w => !tokens.Contains(w, StringComparer.Ordinal)))
        {
            for (var at = normalized.IndexOf(word, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                tokens.Add(word);
            }
        }

        return tokens;
    }

    /// <summary>Words for a place outside the asker's own, unnamed (父母在外省参保, 在异地看病).</summary>
    [GeneratedRegex("外省|省外|外市|市外|异地|外地")]
    private static partial Regex Elsewhere();

    /// <summary>A text that speaks of people or things from elsewhere (外省市号牌, 跨省, 非杭州户籍), so 外地 or 异地 asks about its case.</summary>
    [GeneratedRegex("外省|省外|外市|市外|异地|外地|跨省|跨市|跨区|非.{1,4}(?:户籍|户口|号牌|牌照|参保)|返乡")]
    private static partial Regex SpeaksOfElsewhere();

    /// <summary>Words that hold one thing up against another (类似江苏那样的, 跟上海一样, 浙江也能吗, 那江苏的也免费吗).</summary>
    [GeneratedRegex("类似|像.{1,8}(?:那样|一样|那种)|(?:跟|和|同|与).{1,8}一样|那样的|是否也|也(?:能|可以|有|行|适用|免|是|会|要|享受|包括|算)|同样")]
    private static partial Regex Comparison();
}
