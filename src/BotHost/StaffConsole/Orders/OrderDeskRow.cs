using BuildingBot.Community.Categories;
using BuildingBot.Community.WorkOrders;

namespace BuildingBot.BotHost.StaffConsole.Orders;

/// <summary>One order in the desk's queue.</summary>
public sealed record OrderDeskRow(
    string Number, WorkOrderStatus Status, ProblemCategory Category, Urgency Urgency, string Description, string Building, string? Assignee,
    DateTimeOffset CreatedAt, int EscalationLevel, bool Overdue);
