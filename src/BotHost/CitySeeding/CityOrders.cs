using BuildingBot.Community.Categories;
using BuildingBot.Community.Configuration;
using BuildingBot.Community.People;
using BuildingBot.Community.WorkOrders;

namespace BuildingBot.BotHost.CitySeeding;

/// <summary>
/// Two years of work orders, oldest first, each lived through the order's own methods (report, accept, resolve, rate,
/// close unrated, cancel) at simulated times, so statuses, deadlines and timeline events follow the domain's rules and the
/// 三率 come out plausible: most orders accepted and resolved in time, some late, some still open near the end.
/// </summary>
internal sealed class CityOrders(CityLayout layout, CityPlaces places, WorkOrderOptions options, CommunityTimeZone zone, DateTimeOffset end)
{
    public static readonly TimeSpan History = TimeSpan.FromDays(730);
    private readonly CityShape _shape = layout.Shape;
    private long _events;
    private int _reporters;

    public IEnumerable<WorkOrder> Orders()
    {
        var random = new Random((_shape.Seed * 7919) + 5);
        var start = end - History;
        var step = History.TotalSeconds / Math.Max(1, _shape.Orders);
        for (var i = 0; i < _shape.Orders; i++)
        {
            var created = start.AddSeconds(Math.Floor((i + random.NextDouble()) * step));
            yield return Order(random, i, created);
        }
    }

    private WorkOrder Order(Random random, int index, DateTimeOffset created)
    {
        var id = layout.WorkOrder(index);
        var building = random.Next(_shape.Buildings);
        var household = random.Next(_shape.HouseholdsPerBuilding);
        var (unit, floor, room) = layout.RoomOf(household);
        var reporter = layout.Resident(((long)building * _shape.HouseholdsPerBuilding) + household);
        var category = CityNames.Category(random);
        var roll = random.Next(100);
        var urgency = category == ProblemCategory.Safety || roll < 2 ? Urgency.Emergency : roll < 12 ? Urgency.Urgent : Urgency.Normal;
        var resident = WorkOrderActor.Resident(reporter, places.ResidentName(reporter));
        var report = new NewWorkOrder
        {
            SourceKey = $"seed-city:{id}", BuildingId = layout.Building(building), Room = $"{unit}单元{room}", Category = category,
            Urgency = urgency, Description = CityNames.Problem(random, category, floor), ReporterId = reporter,
            ContactAllowed = random.Next(100) < 60, Actor = resident,
        };
        var (decision, member) = Route(building, category);
        var order = WorkOrder.Report(report, $"WO-{zone.Today(created):yyyyMMdd}-{id:D4}", decision, options, created);
        order.Id = id;
        Live(random, order, member, resident, created);
        PassDue(order, end);
        // As the deadline sweep of a running system leaves it: marked at the next checkpoint still ahead, if any.
        order.NextCheckpointAt = Checkpoint.Of(order, options).Where(c => c.At >= end).Min(c => (DateTimeOffset?)c.At);
        order.UpdatedAt = order.Events[^1].At;
        order.Revision = order.Events.Count - 2;
        foreach (var entry in order.Events)
        {
            entry.Id = layout.WorkOrderEvent(_events++);
            entry.WorkOrderId = id;
        }

        foreach (var entry in order.Reporters)
        {
            entry.Id = layout.WorkOrderReporter(_reporters++);
            entry.WorkOrderId = id;
        }

        return order;
    }

    /// <summary>
    /// What the order went through up to the end of the history: every order is accepted and resolved in the end, some late
    /// (up to two and a half deadlines); a step that would fall after the end has not happened yet, so open orders are recent.
    /// </summary>
    private void Live(Random random, WorkOrder order, WorkOrderActor member, WorkOrderActor resident, DateTimeOffset created)
    {
        var deadlines = options.For(order.Category, order.Urgency);
        if (random.Next(100) < 2)
        {
            var cancelled = created + Between(random, TimeSpan.FromMinutes(10), deadlines.Accept);
            if (cancelled <= end)
            {
                PassDue(order, cancelled);
                Do(order.Cancel(resident, "问题已自行解决", cancelled), cancelled);
            }

            return;
        }

        if (!Step(random, order.AcceptDueAt!.Value - created, 0.9, created, out var accepted))
        {
            return;
        }

        PassDue(order, accepted);
        Do(order.Accept(member, options, accepted), accepted);
        var resolveSpan = order.ResolveDueAt!.Value - accepted;
        for (var round = 0; round < 2; round++)
        {
            var from = order.PhaseStartedAt;
            if (!Step(random, resolveSpan, 0.88, from, out var resolved))
            {
                return;
            }

            PassDue(order, resolved);
            Do(order.Resolve(member, CityNames.Result(order.Category), null, resolved), resolved);
            var rated = resolved + Between(random, TimeSpan.FromHours(1), options.RatingWindow);
            if (random.Next(100) >= 65 || rated > end)
            {
                return;
            }

            var mood = random.Next(100);
            var rating = round == 0 && mood < 6 ? WorkOrderRating.Dissatisfied : mood < 80 ? WorkOrderRating.Satisfied : WorkOrderRating.FairlySatisfied;
            Do(order.Rate(resident, rating, rating == WorkOrderRating.Dissatisfied ? "还是没解决" : null, options, rated), rated);
            if (rating != WorkOrderRating.Dissatisfied)
            {
                return;
            }
        }
    }

    /// <summary>When the next step happens: within the deadline with the given chance, else up to two deadlines late.</summary>
    private bool Step(Random random, TimeSpan span, double inTime, DateTimeOffset from, out DateTimeOffset at)
    {
        var share = random.NextDouble() < inTime ? 0.05 + (random.NextDouble() * 0.95) : 1.01 + (random.NextDouble() * 1.5);
        at = from.AddSeconds(Math.Floor(span.TotalSeconds * share));
        return at <= end;
    }

    private (RoutingDecision Decision, WorkOrderActor Member) Route(int building, ProblemCategory category)
    {
        var grid = layout.GridOfBuilding(building);
        var role = DefaultRoutingRoles.For(category);
        var within = role switch
        {
            GridMemberRole.GridMember => 1,
            GridMemberRole.Mediator => 2,
            GridMemberRole.BuildingCaptain => 3 + building - layout.FirstBuildingOfGrid(grid),
            _ => 0,
        };
        within = within < _shape.GridMembersPerGrid ? within : 0;
        var id = layout.GridMember((grid * _shape.GridMembersPerGrid) + within);
        var name = places.MemberName(id);
        var reason = within == 0 && role != GridMemberRole.GridLeader
            ? $"“{category.ToChinese()}”按默认规则由{role.ToChinese()}处理，但本网格没有合适的{role.ToChinese()}，交网格长{name}"
            : $"“{category.ToChinese()}”按默认规则由{role.ToChinese()}处理；{name}负责本网格";
        return (new RoutingDecision(layout.Grid(grid), id, name, reason), WorkOrderActor.Member(id, name));
    }

    private static TimeSpan Between(Random random, TimeSpan low, TimeSpan high) =>
        TimeSpan.FromSeconds(Math.Floor(low.TotalSeconds + (random.NextDouble() * (high - low).TotalSeconds)));

    /// <summary>
    /// The checkpoints of the order's current phase that came before <paramref name="until"/> (and the end of the history),
    /// passed at their moments as the deadline sweep passes them: reminders, escalations, an unrated order closed.
    /// </summary>
    private void PassDue(WorkOrder order, DateTimeOffset until)
    {
        foreach (var checkpoint in Checkpoint.Of(order, options).Where(c => c.At < until && c.At <= end).OrderBy(c => c.At))
        {
            Do(order.Pass(checkpoint.Key, options, checkpoint.At), checkpoint.At);
            order.Events[^1].ActionKey = checkpoint.Key;
        }
    }

    private void Do(WorkOrderRefusal? refusal, DateTimeOffset at)
    {
        if (refusal is not null || at > end)
        {
            throw new InvalidOperationException($"seed-city broke a work-order rule at {at:O}: {refusal?.Kind}");
        }
    }
}
