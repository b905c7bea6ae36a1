using BuildingBot.Community.Import;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Regions;
using BuildingBot.Community.Text;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Policies;

/// <summary>
/// The community's policy base: create, edit (a new version each time), retire, import (all or
/// nothing), and what is in force for a place on a date — that region and every level above it, most
/// specific first, each policy with its version in force then.
/// </summary>
public sealed class PolicyBook(
    CommunityDbContext db, RegionDirectory regions, TimeProvider clock)
{
    public async Task<(Policy? Policy, IReadOnlyList<string> Problems)> CreateAsync(PolicyRequest request, bool example, CancellationToken cancellationToken)
    {
        var problems = Messages(Check(request));
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        // The notices of a version are keyed by the policy's id: the policy is saved first, then its first version is
        // announced and the notices saved, in one transaction (retried whole on a transient failure, from a fresh policy).
        Policy? policy = null;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            if (policy is not null)
            {
                ForgetAttempt(policy);
            }

            policy = New(request, example, publish: false);
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            db.Policies.Add(policy);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            policy.Announce(policy.Versions[0]);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        return (policy, []);
    }

    /// <summary>Stops tracking what a failed attempt saved or staged (the policy, its version, the notices), which its rollback undid.</summary>
    private void ForgetAttempt(Policy policy)
    {
        policy.TakeDomainEvents();
        foreach (var entry in db.ChangeTracker.Entries()
                     .Where(e => e.State == EntityState.Added || ReferenceEquals(e.Entity, policy) || policy.Versions.Contains(e.Entity))
                     .ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    /// <summary>Adds a version with the new text and window; earlier versions stay and still answer for their dates.</summary>
    public async Task<(Policy? Policy, IReadOnlyList<string> Problems)> EditAsync(int id, PolicyRequest request, CancellationToken cancellationToken)
    {
        var policy = await db.Policies.Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (policy is null || policy.Retired)
        {
            return (null, [$"No active policy {id}."]);
        }

        var problems = Messages(Check(request with { RegionCode = request.RegionCode ?? policy.RegionCode }));
        if (problems.Count > 0)
        {
            return (policy, problems);
        }

        policy.Topic = request.Topic;
        policy.Publish(Version(request, policy.Versions.Max(v => v.Number) + 1));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (policy, []);
    }

    public async Task<bool> RetireAsync(int id, CancellationToken cancellationToken) =>
        await db.Policies.Where(p => p.Id == id && !p.Retired)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Retired, true), cancellationToken).ConfigureAwait(false) > 0;

    /// <summary>Imports every policy or none: every problem comes back numbered by its position (1-based).</summary>
    public async Task<(int Imported, IReadOnlyList<string> Problems)> ImportAsync(IReadOnlyList<PolicyRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var problems = requests.SelectMany((r, i) => Check(r).Select(p => $"#{i + 1}: {p.Message}")).ToList();
        if (requests.Count == 0)
        {
            problems.Add("nothing to import.");
        }

        if (problems.Count > 0)
        {
            return (0, problems);
        }

        // Imports load the base quietly: nothing is published, so nobody is pushed hundreds of notices.
        db.Policies.AddRange(requests.Select(r => New(r, example: false, publish: false)));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (requests.Count, []);
    }

    /// <summary>
    /// What is wrong with each row of a policy CSV, by line and column (region_code, title, body, effective_from,
    /// effective_to, source_issuer, source_url); a cell <paramref name="known"/> already names is not named again.
    /// </summary>
    public IReadOnlyList<ImportProblem> Check(IEnumerable<PolicyCsvRow> rows, IReadOnlyList<ImportProblem> known)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(known);
        var found = rows.SelectMany(r => Check(r.Request).Select(p => new ImportProblem(r.Line, Column(p.Field), p.Message)))
            .Where(p => !known.Any(k => k.Row == p.Row && k.Column == p.Column));
        return [.. known.Concat(found).OrderBy(p => p.Row)];
    }

    /// <summary>Policies in force on <paramref name="date"/> for the region and every level above it, most specific first.</summary>
    public Task<IReadOnlyList<PolicyInForce>> InForceAsync(Region region, DateOnly date, PolicyTopic? topic, CancellationToken cancellationToken) =>
        InForceAsync(region, date, date, topic, cancellationToken);

    /// <summary>
    /// Policies in force at any time from <paramref name="from"/> to <paramref name="to"/> for the region and every
    /// level above it, most specific first; each with its version in force at the start, or the first one to start later.
    /// </summary>
    public async Task<IReadOnlyList<PolicyInForce>> InForceAsync(Region region, DateOnly from, DateOnly to, PolicyTopic? topic, CancellationToken cancellationToken)
    {
        var levels = regions.WithAncestors(region).ToList();
        var codes = levels.Select(r => r.Code).ToList();
        var policies = await db.Policies.AsNoTracking().Include(p => p.Versions)
            .Where(p => !p.Retired && codes.Contains(p.RegionCode) && (topic == null || p.Topic == topic))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return policies
            .Select(p => (Policy: p, Version: VersionDuring(p, from, to), Depth: codes.IndexOf(p.RegionCode)))
            .Where(x => x.Version is not null)
            .OrderBy(x => x.Depth).ThenBy(x => x.Policy.Id)
            .Select(x => new PolicyInForce(x.Policy, x.Version!, levels[x.Depth]))
            .ToList();
    }

    /// <summary>The version in force on the date: the newest version whose window covers it.</summary>
    public static PolicyVersion? VersionOn(Policy policy, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Versions.Where(v => v.InForceOn(date)).MaxBy(v => v.Number);
    }

    /// <summary>The version in force at <paramref name="from"/>, or else the first to come into force before <paramref name="to"/>.</summary>
    private static PolicyVersion? VersionDuring(Policy policy, DateOnly from, DateOnly to) =>
        VersionOn(policy, from) ?? policy.Versions
            .Where(v => v.EffectiveFrom > from && v.EffectiveFrom <= to)
            .OrderBy(v => v.EffectiveFrom).ThenByDescending(v => v.Number)
            .FirstOrDefault();

    private static List<string> Messages(List<(string Field, string Message)> problems) => problems.ConvertAll(p => p.Message);

    /// <summary>The CSV column of a request field: effectiveFrom is effective_from.</summary>
    private static string Column(string field) =>
        string.Concat(field.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));

    private List<(string Field, string Message)> Check(PolicyRequest request)
    {
        var problems = new List<(string Field, string Message)>();
        if (request.RegionCode is not { Length: > 0 } code || regions.Find(code) is null)
        {
            problems.Add(("regionCode", $"regionCode '{request.RegionCode}' is not a known GB/T 2260 code (use 00 for national)."));
        }

        var title = ControlCharacters.StripOrNull(request.Title);
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 100)
        {
            problems.Add(("title", "title is required (at most 100 characters)."));
        }

        if (string.IsNullOrWhiteSpace(ControlCharacters.StripOrNull(request.Body)))
        {
            problems.Add(("body", "body must not be empty."));
        }
        else if (request.Body!.Length > PolicyVersion.MaxBodyLength)
        {
            problems.Add(("body", $"body is {request.Body.Length} characters; at most {PolicyVersion.MaxBodyLength}."));
        }

        if (request.EffectiveFrom is null)
        {
            problems.Add(("effectiveFrom", "effectiveFrom is required."));
        }
        else if (request.EffectiveTo < request.EffectiveFrom)
        {
            problems.Add(("effectiveTo", $"effectiveTo {request.EffectiveTo:yyyy-MM-dd} is before effectiveFrom {request.EffectiveFrom:yyyy-MM-dd}."));
        }

        if (string.IsNullOrWhiteSpace(ControlCharacters.StripOrNull(request.SourceIssuer)))
        {
            problems.Add(("sourceIssuer", "sourceIssuer (the issuing body) is required."));
        }

        if (request.SourceUrl is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            problems.Add(("sourceUrl", "sourceUrl must be an http(s) URL."));
        }

        return problems;
    }

    private Policy New(PolicyRequest request, bool example, bool publish)
    {
        var policy = new Policy
        {
            RegionCode = regions.Find(request.RegionCode!)!.Code, Topic = request.Topic, IsExample = example, CreatedAt = clock.GetUtcNow(),
        };
        var first = Version(request, 1);
        if (publish)
        {
            policy.Publish(first);
        }
        else
        {
            policy.Versions.Add(first);
        }

        return policy;
    }

    private PolicyVersion Version(PolicyRequest request, int number) => new()
    {
        Number = number, Title = ControlCharacters.Strip(request.Title!).Trim(), Body = ControlCharacters.Strip(request.Body!).Trim(),
        EffectiveFrom = request.EffectiveFrom!.Value, EffectiveTo = request.EffectiveTo, SourceIssuer = ControlCharacters.Strip(request.SourceIssuer!).Trim(),
        SourceUrl = string.IsNullOrEmpty(request.SourceUrl) ? null : request.SourceUrl, CreatedAt = clock.GetUtcNow(),
    };

}
