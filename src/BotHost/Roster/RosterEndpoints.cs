using BuildingBot.BotHost.Access;
using BuildingBot.BotHost.Admin;
using BuildingBot.Community.Persistence;
using BuildingBot.Community.Regions;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.BotHost.Roster;

/// <summary>
/// Admin API over the roster, to check an import: residents and households, searched and paged in a stable order
/// (compound, building, unit, room), phones always masked; and a resident's registered trips.
/// </summary>
internal static class RosterEndpoints
{
    public static IEndpointRouteBuilder MapRosterAdmin(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin").RequireAuthorization(AccessPolicies.StaffApi).WithTags("Admin: roster");
        admin.MapGet("/residents", ResidentsAsync)
            .WithSummary("Residents with their household, phones masked: ?q=(name, room, building or compound name)&compound=XF01&building=3&page=1&pageSize=50.");
        admin.MapGet("/households", HouseholdsAsync)
            .WithSummary("Households with their residents, phones masked: ?q=(room, building, compound or resident name)&compound=&building=&page=1&pageSize=50.");
        admin.MapGet("/residents/{id:int}/trips", TripsAsync).WithSummary("A resident's registered trips (出行登记), latest first.");
        return endpoints;
    }

    private static async Task<IResult> ResidentsAsync(
        string? q, string? compound, string? building, int? page, int? pageSize, CommunityDbContext db, CancellationToken ct)
    {
        var (filter, problems) = await RosterFilter.ReadAsync(q, compound, building, db, ct);
        var paging = AdminPaging.Read(page, pageSize, problems);
        if (problems.Count > 0)
        {
            return AdminProblems.Invalid("query", problems);
        }

        var residents = filter.Apply(db.Residents.AsNoTracking());
        var total = await residents.CountAsync(ct);
        var rows = await residents
            .OrderBy(r => r.HouseholdId == null)
            .ThenBy(r => r.Household!.Unit!.Building!.Compound!.Code).ThenBy(r => r.Household!.Unit!.Building!.Code)
            .ThenBy(r => r.Household!.Unit!.Number).ThenBy(r => r.Household!.Room).ThenBy(r => r.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(r => new
            {
                r.Id, r.DisplayName, r.Phone, r.IsPartyMember, r.Channel, Linked = r.ChannelUserId != null, r.CreatedAt,
                Place = r.Household == null ? null : new RosterPlace(
                    r.Household.Id, r.Household.Unit!.Building!.Compound!.Code, r.Household.Unit.Building.Compound.Name,
                    r.Household.Unit.Building.Code, r.Household.Unit.Building.Name, r.Household.Unit.Number, r.Household.Room),
            })
            .ToListAsync(ct);
        return Results.Ok(paging.Of(total, rows.ConvertAll(r => new ResidentView(
            r.Id, r.DisplayName, r.Phone?.Masked, r.IsPartyMember, r.Channel.ToString(), r.Linked, r.Place, r.CreatedAt))));
    }

    private static async Task<IResult> HouseholdsAsync(
        string? q, string? compound, string? building, int? page, int? pageSize, CommunityDbContext db, CancellationToken ct)
    {
        var (filter, problems) = await RosterFilter.ReadAsync(q, compound, building, db, ct);
        var paging = AdminPaging.Read(page, pageSize, problems);
        if (problems.Count > 0)
        {
            return AdminProblems.Invalid("query", problems);
        }

        var households = filter.Apply(db.Households.AsNoTracking());
        var total = await households.CountAsync(ct);
        var rows = await households
            .OrderBy(h => h.Unit!.Building!.Compound!.Code).ThenBy(h => h.Unit!.Building!.Code).ThenBy(h => h.Unit!.Number)
            .ThenBy(h => h.Room).ThenBy(h => h.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(h => new
            {
                Place = new RosterPlace(
                    h.Id, h.Unit!.Building!.Compound!.Code, h.Unit.Building.Compound.Name, h.Unit.Building.Code, h.Unit.Building.Name, h.Unit.Number, h.Room),
                Residents = h.Residents.OrderBy(r => r.Id).Select(r => new { r.Id, r.DisplayName, r.Phone, r.IsPartyMember }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return Results.Ok(paging.Of(total, rows.ConvertAll(h => new HouseholdView(
            h.Place, h.Residents.ConvertAll(r => new HouseholdMember(r.Id, r.DisplayName, r.Phone?.Masked, r.IsPartyMember))))));
    }

    private static async Task<IResult> TripsAsync(int id, CommunityDbContext db, RegionDirectory regions, CancellationToken ct)
    {
        var resident = await db.Residents.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.Id, r.DisplayName }).FirstOrDefaultAsync(ct);
        if (resident is null)
        {
            return Results.Problem($"No resident {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        var trips = await db.Trips.AsNoTracking().Where(t => t.ResidentId == id)
            .OrderByDescending(t => t.From).ThenByDescending(t => t.Id).ToListAsync(ct);
        return Results.Ok(new ResidentTrips(resident.Id, resident.DisplayName, trips.ConvertAll(t =>
            new TripView(t.Id, t.RegionCode, regions.Find(t.RegionCode)?.Name, t.From, t.To, t.CreatedAt))));
    }
}
