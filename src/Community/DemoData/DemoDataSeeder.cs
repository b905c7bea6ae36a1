using BuildingBot.Community.Import;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BuildingBot.Community.DemoData;

/// <summary>
/// Loads the demo community (幸福里社区: 2 compounds, 12 buildings, ~300 households, 3 grids) into an
/// empty database through the same roster import that staff use, and example policies (marked as such)
/// for a few regions and topics so the simulator can show policy and travel answers.
/// </summary>
public sealed partial class DemoDataSeeder(CommunityDbContext db, RosterImporter importer, PolicyBook policies, TopicSubscriptions subscriptions, ILogger<DemoDataSeeder> logger)
{
    private static readonly (RosterKind Kind, string Resource)[] Files =
    [
        (RosterKind.Buildings, "DemoData.buildings.csv"),
        (RosterKind.Residents, "DemoData.residents.csv"),
        (RosterKind.Grids, "DemoData.grids.csv"),
        (RosterKind.GridMembers, "DemoData.gridmembers.csv"),
        (RosterKind.Groups, "DemoData.groups.csv"),
    ];

    /// <returns>True when the demo data was loaded, false when the database already had a community.</returns>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Communities.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        foreach (var (kind, resource) in Files)
        {
            await using var stream = typeof(DemoDataSeeder).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Demo data resource {resource} is missing from the build");
            var result = await importer.ImportAsync(kind, stream, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Demo {kind} roster was rejected: {string.Join("; ", result.Problems.Take(5))}");
            }
        }

        await using (var stream = typeof(DemoDataSeeder).Assembly.GetManifestResourceStream("DemoData.policies.csv")
            ?? throw new InvalidOperationException("Demo data resource DemoData.policies.csv is missing from the build"))
        using (var reader = new StreamReader(stream))
        {
            var (rows, problems) = PolicyCsv.Read(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
            foreach (var request in problems.Count == 0 ? rows.Select(r => r.Request) : throw new InvalidOperationException($"Demo policies were rejected: {string.Join("; ", problems)}"))
            {
                var (_, refused) = await policies.CreateAsync(request, example: true, cancellationToken).ConfigureAwait(false);
                if (refused.Count > 0)
                {
                    throw new InvalidOperationException($"Demo policy {request.Title} was rejected: {string.Join("; ", refused)}");
                }
            }
        }

        // Every demo group follows travel and community-affairs policies, so a change shows as a notice in the simulator.
        foreach (var group in await db.BuildingGroups.Select(g => g.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            await subscriptions.SetAsync(group, [PolicyTopic.Travel, PolicyTopic.CommunityAffairs], cancellationToken).ConfigureAwait(false);
        }

        LogSeeded();
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the demo community into the empty database")]
    private partial void LogSeeded();
}
